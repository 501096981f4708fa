using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Sqlite.Reuse;

namespace NormsPortal.Data.Sqlite.Search;

/// <summary>
/// Merges SQLite's two FTS5 tables (the search index and the reuse index) less often during a batch import. FTS5 writes
/// each transaction's rows as a new segment and, by default (<c>automerge</c> 4), merges a little after every write
/// whenever a level holds four segments, so over a batch of a thousand documents each row is rewritten some five
/// times in small steps. During a batch: no merging after each write (<c>automerge</c> 0) but a level merged whole
/// once it holds <see cref="BatchCrisisMerge"/> segments; after it, FTS5's defaults again and the levels the batch
/// filled merged down (the <c>merge</c> command with a positive count: only levels of at least four segments).
/// A replay of the <c>ga-en</c> corpus's rows into the two tables, a transaction per work, took 9.1 s of CPU
/// against 11.2–12.7 s (docs/benchmarks.md). The settings live in the tables (their <c>_config</c>), so a batch
/// stopped by a crash leaves them deferred: harmless, readers still read every segment, and the next batch's end
/// restores them.
/// </summary>
public sealed class SqliteBatchIndexMerging : IBatchIndexMerging
{
    /// <summary>FTS5's defaults, restored after a batch.</summary>
    private const int DefaultAutomerge = 4;
    private const int DefaultCrisisMerge = 16;

    /// <summary>
    /// Segments a level holds during a batch before it is merged whole: a query during the batch reads at most this
    /// many a level, and each row is rewritten about log₆₄ of the batch's documents times instead of log₄.
    /// </summary>
    private const int BatchCrisisMerge = 64;

    /// <summary>Pages written by one <c>merge</c> command, each its own transaction, so readers and writers get their turn between.</summary>
    private const int PagesPerMergeStep = 500;

    private static readonly string[] s_tables = [SqliteSearchIndex.FtsTable, SqliteReuseIndex.FtsTable];

    public static SqliteBatchIndexMerging Instance { get; } = new();

    public async Task DeferAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var table in s_tables)
        {
            await CommandAsync(db, table, "automerge", 0, cancellationToken);
            await CommandAsync(db, table, "crisismerge", BatchCrisisMerge, cancellationToken);
        }
    }

    public async Task MergeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // One connection throughout: total_changes() counts the changes of the connection it runs on.
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var table in s_tables)
        {
            await CommandAsync(db, table, "automerge", DefaultAutomerge, cancellationToken);
            await CommandAsync(db, table, "crisismerge", DefaultCrisisMerge, cancellationToken);
            // A merge command that found nothing to merge changes no row of the table's shadow tables (FTS5's documented test).
            while (true)
            {
                var before = await TotalChangesAsync(db, cancellationToken);
                await CommandAsync(db, table, "merge", PagesPerMergeStep, cancellationToken);
                if (await TotalChangesAsync(db, cancellationToken) - before <= 1)
                {
                    break;
                }
            }
        }

        await db.Database.CloseConnectionAsync();
    }

    /// <summary>An FTS5 command: <c>INSERT INTO t(t, rank) VALUES('command', value)</c>.</summary>
    private static Task<int> CommandAsync(PortalDbContext db, string table, string command, int value, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            string.Create(CultureInfo.InvariantCulture, $"""INSERT INTO "{table}" ("{table}", rank) VALUES ('{command}', {value})"""),
            cancellationToken);

    private static Task<long> TotalChangesAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<long>("""SELECT total_changes() AS "Value" """).SingleAsync(cancellationToken);
}
