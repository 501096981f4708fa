using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// Checks that the reuse index holds exactly the distinct five-grams of every paragraph row of the search index,
/// in its rows and in the provider's inverted index over them (what the lookups read).
/// </summary>
internal static class ReuseIndexAssert
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Checks the index paragraph for paragraph and five-gram for five-gram; returns how many five-grams it holds.</summary>
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
        var stored = (await db.ReuseShingleSets.AsNoTracking().ToListAsync(Cancel))
            .SelectMany(s => s.Hashes.Select(hash => (hash, s.EntryId)))
            .Order()
            .ToList();
        Assert.Equal(expected, stored);

        // The provider's index: each five-gram counted once per paragraph holding it, and the paragraphs found by it.
        var frequency = expected.CountBy(e => e.hash).ToDictionary();
        var indexed = await ReuseFinder.DocumentFrequencyAsync(db, database.Provider.ReuseDialect, [.. frequency.Keys], Cancel);
        Assert.Equal(frequency.OrderBy(f => f.Key), indexed.OrderBy(f => f.Key));
        var holding = await db.ReuseShingleSets.FromSql(database.Provider.ReuseDialect.Holding([.. frequency.Keys])).AsNoTracking().Select(s => s.EntryId).ToListAsync(Cancel);
        Assert.Equal(expected.Select(e => e.Id).Distinct().Order(), holding.Order());
        return stored.Count;
    }
}
