using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;

namespace NormsPortal.Data.Sqlite.Reuse;

/// <summary>
/// Appends reuse index rows with one single-row <c>INSERT</c>, prepared once and run for every row with
/// new parameter values: SQLite compiles it once, where a multi-row <c>INSERT</c> is compiled anew for
/// every few hundred rows with a parameter per value.
/// </summary>
public sealed class SqliteReuseShingleWriter : IReuseShingleWriter
{
    public static SqliteReuseShingleWriter Instance { get; } = new();

    public async Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entityType = db.Model.FindEntityType(typeof(ReuseShingle))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var hashColumn = entityType.FindProperty(nameof(ReuseShingle.Hash))!.GetColumnName(table);
        var entryColumn = entityType.FindProperty(nameof(ReuseShingle.EntryId))!.GetColumnName(table);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"""INSERT INTO "{table.Name}" ("{hashColumn}", "{entryColumn}") VALUES ($hash, $entry)""";
        var hash = Parameter(command, "$hash");
        var entry = Parameter(command, "$entry");
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            hash.Value = row.Hash;
            entry.Value = row.EntryId;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.Int64;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
