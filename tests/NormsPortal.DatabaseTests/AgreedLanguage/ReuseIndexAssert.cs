using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>Checks that the reuse index holds exactly the distinct five-grams of every paragraph row of the search index.</summary>
internal static class ReuseIndexAssert
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Checks the index row for row; returns how many rows it holds.</summary>
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
        var stored = (await db.ReuseShingles.AsNoTracking().Select(s => new { s.Hash, s.EntryId }).ToListAsync(Cancel))
            .Select(s => (s.Hash, s.EntryId))
            .Order()
            .ToList();
        Assert.Equal(expected, stored);
        return stored.Count;
    }
}
