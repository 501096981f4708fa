using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Sqlite.Reuse;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// Checks that the reuse index holds exactly the distinct five-grams of every paragraph row of the search index,
/// wherever the schema keeps it (the <c>ReuseShingles</c> table, or SQLite's FTS5 table once its migration ran),
/// and that the document frequencies the finder reads agree.
/// </summary>
internal static class ReuseIndexAssert
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Checks the index row for row; returns how many (five-gram, paragraph) pairs it holds.</summary>
    public static async Task<int> FollowsDataAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var paragraphs = await db.SearchEntries.AsNoTracking()
            .Where(e => e.Kind == SearchEntryKind.Paragraph)
            .Select(e => new { e.Id, e.Language, e.Terms })
            .ToListAsync(Cancel);
        var expected = paragraphs
            .SelectMany(p => ReuseShingles.OfStoredTerms(p.Terms, p.Language).Distinct().Select(hash => (hash, p.Id)))
            .Order()
            .ToList();
        var stored = (await StoredAsync(database)).Order().ToList();
        Assert.Equal(expected, stored);
        // The finder reads the schema's current index: before SQLite's FTS5 migration, only the rows are checked.
        if (database.Kind != DatabaseKind.Sqlite || await InFtsAsync(database))
        {
            var frequency = await ReuseFinder.DocumentFrequencyAsync(db, [.. expected.Select(e => e.hash)], Cancel);
            Assert.Equal(
                expected.CountBy(e => e.hash).OrderBy(f => f.Key).Select(f => (f.Key, f.Value)),
                frequency.OrderBy(f => f.Key).Select(f => (f.Key, f.Value)));
        }

        return stored.Count;
    }

    /// <summary>The (five-gram, paragraph) pairs the index holds.</summary>
    public static async Task<List<(long Hash, long EntryId)>> StoredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (!await InFtsAsync(database))
        {
            return [.. (await db.ReuseShingles.AsNoTracking().ToListAsync(Cancel)).Select(s => (s.Hash, s.EntryId))];
        }

        var rows = await db.Database.SqlQueryRaw<FtsRow>(
            $"""SELECT rowid AS "EntryId", "Hashes" FROM "{SqliteReuseIndex.FtsTable}" """).ToListAsync(Cancel);
        return [.. rows.SelectMany(r => r.Hashes.Split(' ').Select(t => (SqliteReuseIndex.Hash(t), r.EntryId)))];
    }

    /// <summary>Empties the index (<paramref name="entryId"/>: of that paragraph only), as a database that predates it, or before renumbering an entry.</summary>
    public static async Task RemoveAsync(TestDatabase database, long? entryId = null)
    {
        await using var db = database.CreateContext();
        if (await InFtsAsync(database))
        {
            await (entryId is { } id
                ? db.Database.ExecuteSqlAsync($"""DELETE FROM "ReuseShingleIndex" WHERE rowid = {id}""", Cancel)
                : db.Database.ExecuteSqlAsync($"""DELETE FROM "ReuseShingleIndex" """, Cancel));
        }
        else
        {
            await db.ReuseShingles.Where(s => entryId == null || s.EntryId == entryId).ExecuteDeleteAsync(Cancel);
        }
    }

    private static async Task<bool> InFtsAsync(TestDatabase database)
    {
        if (database.Kind != DatabaseKind.Sqlite)
        {
            return false;
        }

        await using var db = database.CreateContext();
        return await db.Database.SqlQuery<int>(
            $"""SELECT COUNT(*) AS "Value" FROM "sqlite_master" WHERE "name" = {SqliteReuseIndex.FtsTable}""").SingleAsync(Cancel) == 1;
    }

    private sealed record FtsRow(long EntryId, string Hashes);
}
