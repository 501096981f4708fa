using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// Writes the reuse index (<see cref="ReuseShingle"/>) for paragraphs as their search rows are written:
/// <see cref="SearchIndexer"/> calls it for every paragraph row it inserts, in the same transaction, so
/// the reuse index follows the data wherever the search index does (the context's save and the bulk
/// inserter alike) and no writer remembers it. The terms are the search row's own, analysed once.
/// Rows go with their search row (a trigger each provider's migration adds), which goes with its provision.
/// </summary>
public static class ReuseIndexer
{
    /// <summary>Paragraphs indexed per transaction when a database is filled at start.</summary>
    private const int FillBatch = 2_000;

    /// <summary>Adds the shingles of newly inserted search rows, made from their stored terms; rows that are not paragraphs have none.</summary>
    internal static Task IndexAsync(PortalDbContext db, IEnumerable<SearchEntry> entries, CancellationToken cancellationToken) =>
        IndexAsync(
            db,
            entries
                .Where(e => e.Kind == SearchEntryKind.Paragraph)
                .Select(e => (e.Id, (IReadOnlyCollection<long>)[.. ReuseShingles.OfStoredTerms(e.Terms, e.Language).Distinct()])),
            cancellationToken);

    /// <summary>
    /// Adds the given distinct shingles of newly inserted paragraph rows (<see cref="Search.Index.ParagraphAnalysis"/>). The rows go
    /// in key order, so the inserts walk the hash-keyed B-tree from one end to the other instead of jumping
    /// about it, and through the provider's own writer (<see cref="IReuseShingleWriter"/>) where it has one, else the bulk
    /// path of every import's rows (<see cref="RowInserter"/>: binary <c>COPY</c> on PostgreSQL).
    /// </summary>
    internal static async Task IndexAsync(
        PortalDbContext db, IEnumerable<(long EntryId, IReadOnlyCollection<long> Shingles)> entries, CancellationToken cancellationToken)
    {
        var rows = entries
            .SelectMany(e => e.Shingles.Select(hash => new ReuseShingle { Hash = hash, EntryId = e.EntryId }))
            .OrderBy(s => s.Hash).ThenBy(s => s.EntryId)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        if (ProviderWriters.Of<IReuseShingleWriter>(db) is { } writer)
        {
            await writer.WriteAsync(db, rows, cancellationToken);
        }
        else
        {
            await RowInserter.InsertAsync(db, rows, cancellationToken);
        }
    }

    /// <summary>
    /// Indexes every paragraph row of the search index that has no shingles though it has five terms or
    /// more, a batch per transaction: a repair for a database that held texts before the reuse index
    /// existed (its migration could not analyse text), not part of any write. Returns how many it indexed.
    /// </summary>
    public static async Task<int> IndexMissingAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        var indexedEntries = ProviderWriters.Of<IReuseShingleWriter>(db) is IReuseShingleLookup lookup
            ? lookup.IndexedEntryIds(db)
            : db.ReuseShingles.Select(s => s.EntryId);
        var indexed = 0;
        var after = long.MinValue;
        while (true)
        {
            // Five terms are four separators; counted the same way in SQL on both providers. NOT EXISTS (Any), not
            // NOT IN (Contains): PostgreSQL can run NOT IN over millions of shingles only as a hashed subplan that
            // fits in work_mem, else it rescans them for every entry; NOT EXISTS is an anti-join on the EntryId index.
            var missing = await db.SearchEntries.AsNoTracking()
                .Where(e => e.Id > after && e.Kind == SearchEntryKind.Paragraph
                    && e.Terms.Length - e.Terms.Replace(" ", "").Length >= ReuseShingles.Length - 1
                    && !indexedEntries.Any(id => id == e.Id))
                .OrderBy(e => e.Id)
                .Take(FillBatch)
                .Select(e => new SearchEntry { Id = e.Id, Kind = e.Kind, Language = e.Language, Text = "", Terms = e.Terms })
                .ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                return indexed;
            }

            await strategy.ExecuteAsync(
                async token =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    await IndexAsync(db, missing, token);
                    await transaction.CommitAsync(token);
                },
                cancellationToken);
            indexed += missing.Count;
            after = missing[^1].Id;
        }
    }
}
