using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Inserts many rows of one entity with a few multi-row <c>INSERT … VALUES (…), (…)</c> statements, or
/// the provider's bulk path where it has one (<see cref="IBulkRowCopier"/>: binary <c>COPY</c> on
/// PostgreSQL), in the context's current transaction. EF Core writes one statement per row and tracks
/// each: for the hundreds of provisions, States' votes and sponsors of a resolution that cost more than
/// everything else an import does. Tables, columns, quoting, parameters and value conversions
/// (enums stored by name) all come from the EF model and the provider, so the SQL is the same
/// on SQLite and PostgreSQL. The rows are not tracked and their generated ids are not read back;
/// command interceptors and logging do not see these statements. Audited entities are refused:
/// their version and timestamps are set by <see cref="PortalDbContext"/> on save only. Provisions
/// bypass the save that keeps the search index in step: <see cref="ProvisionTreeWriter"/>, which
/// inserts them, writes their paragraph rows once it has written a text's whole tree, in the same
/// transaction (<see cref="SearchIndexer"/>). The cached answers the rows change are evicted when
/// it commits (<see cref="CacheTagChanges.OfInsertedRows{T}"/>).
/// </summary>
internal static class RowInserter
{
    /// <summary>
    /// SQLite (the only provider here without a bulk path) finds each named parameter of a statement by a linear
    /// search of its names (<c>sqlite3VListNameToNum</c>, on every bind), so a statement of n parameters costs n²
    /// comparisons: at 900 a statement they were a tenth of a SQLite import's CPU. A few rows a statement, the same
    /// statement re-run for every full chunk (prepared once), cost little more per row than one row a statement.
    /// </summary>
    private const int MaxParametersPerStatement = 64;

    public static async Task InsertAsync<T>(PortalDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (typeof(IAuditedEntity).IsAssignableFrom(typeof(T)))
        {
            throw new InvalidOperationException($"{typeof(T).Name} rows carry a version and timestamps; save them through the context.");
        }

        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the portal's model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // Generated columns (the identity key) are left to the database.
        var columns = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        if (ProviderWriters.Of<IBulkRowCopier>(db) is { } copier)
        {
            await copier.CopyAsync(db, table, columns, rows, cancellationToken);
        }
        else
        {
            await InsertInChunksAsync(db, table, columns, rows, cancellationToken);
        }

        if (CacheTagChanges.OfInsertedRows(rows) is { IsEmpty: false } cached)
        {
            await db.CacheEviction.AddAsync(await cached.ResolveAsync(db, cancellationToken), cancellationToken);
        }
    }

    private static async Task InsertInChunksAsync<T>(
        PortalDbContext db, StoreObjectIdentifier table, List<IProperty> columns, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var columnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
        var connection = db.Database.GetDbConnection();
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, MaxParametersPerStatement / columns.Count)))
            {
                // The provider keeps a command's prepared statement while its text stays the same: every chunk but the
                // last has as many rows, so one statement serves them all, with new parameters each time.
                if (command is null || command.Parameters.Count != chunk.Length * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
                    command.CommandText = InsertText(sql, table, columnList, chunk.Length, columns.Count);
                }

                command.Parameters.Clear();
                for (var row = 0; row < chunk.Length; row++)
                {
                    for (var column = 0; column < columns.Count; column++)
                    {
                        var property = columns[column];
                        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                            command, sql.GenerateParameterName(ParameterName(row, column, columns.Count)), property.GetGetter().GetClrValue(chunk[row]), property.IsNullable));
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary><c>INSERT INTO t (…) VALUES (@p0, …), (…)</c> for <paramref name="rowCount"/> rows.</summary>
    private static string InsertText(ISqlGenerationHelper sql, StoreObjectIdentifier table, string columnList, int rowCount, int columnCount)
    {
        var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columnList}) VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columnCount; column++)
            {
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName(row, column, columnCount)));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string ParameterName(int row, int column, int columnCount) =>
        string.Create(CultureInfo.InvariantCulture, $"p{(row * columnCount) + column}");
}
