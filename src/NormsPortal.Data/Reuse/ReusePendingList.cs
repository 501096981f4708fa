using System.Data;
using Microsoft.EntityFrameworkCore;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// The reuse index's pending list, as GIN's fast update and FTS5's segments have one. Inserting into the
/// hash-keyed <c>ReuseShingles</c> takes each row to a random leaf, so a document's transaction wrote about a
/// page per row; an import appends its rows to <c>ReusePendingShingles</c> instead, keyed by entry, which is
/// sequential, and a merge moves them into <c>ReuseShingles</c> in key order, so a leaf is written once per
/// merge rather than once per row. A bulk import merges whenever the list holds
/// <see cref="DefaultMergeRows"/> rows (<c>DocumentImporter.ReuseMergeRows</c>) and when it ends. The finder
/// reads both tables, so a paragraph is found as soon as its import commits.
/// </summary>
public static class ReusePendingList
{
    /// <summary>Rows the list holds before a bulk import merges it: enough that a merge writes most leaves once for many rows each, few enough that the finder's scans of the list stay short.</summary>
    public const int DefaultMergeRows = 100_000;

    private const string MoveStatement =
        """
        INSERT INTO "ReuseShingles" ("Hash", "EntryId")
        SELECT "Hash", "EntryId" FROM "ReusePendingShingles" ORDER BY "Hash", "EntryId"
        """;

    /// <summary>Moves every pending row into the index, in one transaction of a context of its own. Returns how many rows it moved.</summary>
    public static async Task<int> MergeAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MergeAsync(db, cancellationToken);
    }

    /// <summary>
    /// Moves every pending row into the index in one transaction: a failure leaves every row where it was.
    /// The copy and the delete read one snapshot (repeatable read; SQLite's transactions are serialisable), so
    /// rows another import commits meanwhile stay pending rather than being deleted uncopied, and of two merges
    /// at once the second fails rather than copying the same rows twice.
    /// </summary>
    public static async Task<int> MergeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, token);
                var moved = await db.Database.ExecuteSqlRawAsync(MoveStatement, token);
                if (moved > 0)
                {
                    await db.ReusePendingShingles.ExecuteDeleteAsync(token);
                    await transaction.CommitAsync(token);
                }

                return moved;
            },
            cancellationToken);
    }
}
