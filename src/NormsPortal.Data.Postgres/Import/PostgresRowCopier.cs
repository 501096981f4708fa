using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NormsPortal.Data.Import.Storage;

namespace NormsPortal.Data.Postgres.Import;

/// <summary>
/// Appends an import's many rows with one binary <c>COPY</c> per table and document, in the import's transaction: no
/// statement text to build and parse, no parameter per value (a multi-row <c>INSERT</c> of the portal's rows binds
/// a parameter for each of their values). The columns and their types come from the EF model, so the rows are those
/// <c>RowInserter</c>'s <c>INSERT</c> would write, value conversions (enums by name) included.
/// </summary>
public sealed class PostgresRowCopier : IBulkRowCopier
{
    public static PostgresRowCopier Instance { get; } = new();

    public async Task CopyAsync<T>(PortalDbContext db, StoreObjectIdentifier table, IReadOnlyList<IProperty> columns, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var getters = columns.Select(c => c.GetGetter()).ToList();
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var import = await connection.BeginBinaryImportAsync(
            $"""COPY "{table.Name}" ({columnList}) FROM STDIN (FORMAT BINARY)""", cancellationToken);
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            for (var column = 0; column < columns.Count; column++)
            {
                var value = getters[column].GetClrValue(row);
                if (value is not null && mappings[column].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await import.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await import.WriteAsync(value, mappings[column].StoreTypeNameBase, cancellationToken);
                }
            }
        }

        await import.CompleteAsync(cancellationToken);
    }
}
