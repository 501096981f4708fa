using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;

namespace NormsPortal.Data.Postgres.Reuse;

/// <summary>
/// Appends reuse index rows with one binary <c>COPY</c>: no statement text to parse and no parameter per
/// value, where a multi-row <c>INSERT</c> of two-column rows costs about as much in parsing and binding as
/// in writing. <c>COPY</c> runs in the connection's transaction, the import's.
/// </summary>
public sealed class PostgresReuseShingleWriter : IReuseShingleWriter
{
    public static PostgresReuseShingleWriter Instance { get; } = new();

    public async Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entityType = db.Model.FindEntityType(typeof(ReuseShingle))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var hash = entityType.FindProperty(nameof(ReuseShingle.Hash))!.GetColumnName(table);
        var entryId = entityType.FindProperty(nameof(ReuseShingle.EntryId))!.GetColumnName(table);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var import = await connection.BeginBinaryImportAsync(
            $"""COPY "{table.Name}" ("{hash}", "{entryId}") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(row.Hash, NpgsqlDbType.Bigint, cancellationToken);
            await import.WriteAsync(row.EntryId, NpgsqlDbType.Bigint, cancellationToken);
        }

        await import.CompleteAsync(cancellationToken);
    }
}
