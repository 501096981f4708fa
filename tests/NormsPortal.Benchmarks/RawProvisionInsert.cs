using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Benchmarks;

/// <summary>
/// The baseline: every provision of every document written with plain ADO.NET into a scratch table
/// of the same database, one transaction per document as the importer does, batched where the
/// provider supports <see cref="DbBatch"/> (Npgsql) and as one prepared statement per row where it
/// does not (SQLite, which runs in-process). It stores only the text rows, with no reads, no work,
/// facts, votes, sponsors or cross-references, so it is a floor the importer cannot go below: the
/// ratio of the two is what everything else costs.
/// </summary>
internal static class RawProvisionInsert
{
    private const string Table = "bench_raw_provisions";

    /// <summary>Inserts the provisions and drops the table again; returns the number of rows written.</summary>
    public static async Task<int> RunAsync(BenchmarkDatabase database, IReadOnlyList<ParsedDocument> documents, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            $"CREATE TABLE {Table} (document integer NOT NULL, ordinal integer NOT NULL, kind varchar(16) NOT NULL, "
            + "number varchar(32) NOT NULL, anchor varchar(64) NOT NULL, text text NOT NULL, PRIMARY KEY (document, ordinal))",
            cancellationToken);

        var rows = 0;
        for (var index = 0; index < documents.Count; index++)
        {
            var provisions = documents[index].AllProvisions().ToList();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (connection.CanCreateBatch)
            {
                await InsertAsBatchAsync(connection, transaction, index, provisions, cancellationToken);
            }
            else
            {
                await InsertRowByRowAsync(connection, transaction, index, provisions, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            rows += provisions.Count;
        }

        await ExecuteAsync(connection, $"DROP TABLE {Table}", cancellationToken);
        return rows;
    }

    private static async Task InsertAsBatchAsync(
        DbConnection connection, DbTransaction transaction, int document, List<ParsedProvision> provisions, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        for (var ordinal = 0; ordinal < provisions.Count; ordinal++)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = InsertSql;
            AddValues(command.Parameters, command.CreateParameter, document, ordinal, provisions[ordinal]);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertRowByRowAsync(
        DbConnection connection, DbTransaction transaction, int document, List<ParsedProvision> provisions, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        for (var ordinal = 0; ordinal < provisions.Count; ordinal++)
        {
            command.Parameters.Clear();
            AddValues(command.Parameters, command.CreateParameter, document, ordinal, provisions[ordinal]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string InsertSql => $"INSERT INTO {Table} (document, ordinal, kind, number, anchor, text) VALUES (@p1, @p2, @p3, @p4, @p5, @p6)";

    private static void AddValues(DbParameterCollection parameters, Func<DbParameter> create, int document, int ordinal, ParsedProvision provision)
    {
        object[] values = [document, ordinal, provision.Kind.ToString(), provision.Number, provision.Anchor, provision.Text];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = create();
            parameter.ParameterName = $"@p{i + 1}";
            parameter.Value = values[i];
            parameters.Add(parameter);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
