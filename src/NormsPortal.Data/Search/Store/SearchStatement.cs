using System.Data.Common;

namespace NormsPortal.Data.Search.Store;

/// <summary>An SQL statement and its parameters, exactly as the search runs it.</summary>
public sealed record SearchStatement(string Sql, IReadOnlyList<SearchSqlParameter> Parameters)
{
    /// <summary>The statement as an ADO.NET command on <paramref name="connection"/>, its parameters bound.</summary>
    public DbCommand CreateCommand(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        foreach (var parameter in Parameters)
        {
            var dbParameter = command.CreateParameter();
            dbParameter.ParameterName = parameter.Name;
            dbParameter.Value = parameter.Value;
            command.Parameters.Add(dbParameter);
        }

        return command;
    }
}

/// <summary>A named parameter (<c>@name</c> in the SQL) with a string or integer value.</summary>
public sealed record SearchSqlParameter(string Name, object Value);
