using NormsPortal.Data.Search;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// Ranking reads at most <c>RankedEntries</c> matched entries, those of the newest works: the ranked
/// works come first in score order and the others follow newest first, while the total and the set
/// of works stay complete whatever the budget (see <c>SearchSql</c>).
/// </summary>
public sealed class SearchRankingBudgetTests(CorpusFixture fixture)
{
    // Found in most works of the shipped corpus, hundreds of entries in all.
    private const string CommonWord = "security";

    [Theory, DatabaseData]
    public async Task SmallBudget_KeepsEveryWorkAndTheTotal(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var exact = await SearchHits.WorksInOrderAsync(corpus.Database, CommonWord, SearchEngine.RankedEntries);
        var bounded = await SearchHits.WorksInOrderAsync(corpus.Database, CommonWord, rankedEntries: 40);

        Assert.True(exact.Count >= 10, $"'{CommonWord}' should match many works, not {exact.Count}.");
        Assert.Equal(exact.Count, bounded.Count);
        Assert.Equal(exact.Select(w => w.WorkId).Order(), bounded.Select(w => w.WorkId).Order());
        Assert.All(bounded, w => Assert.Equal(exact.Count, w.Total));
    }

    [Theory, DatabaseData]
    public async Task BudgetOfOneEntry_ListsTheWorksNewestFirst(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var works = await SearchHits.WorksInOrderAsync(corpus.Database, CommonWord, rankedEntries: 1);

        Assert.Equal(NewestFirst(works).Select(w => w.WorkId), works.Select(w => w.WorkId));
    }

    [Theory, DatabaseData]
    public async Task SmallBudget_RanksTheNewestWorksFirst_InTheirExactOrder_ThenTheRestNewestFirst(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var exact = await SearchHits.WorksInOrderAsync(corpus.Database, CommonWord, SearchEngine.RankedEntries);
        var newestFirst = NewestFirst(exact);
        Assert.NotEqual(newestFirst.Select(w => w.WorkId), exact.Select(w => w.WorkId));

        var bounded = await SearchHits.WorksInOrderAsync(corpus.Database, CommonWord, rankedEntries: 40);

        // Some split gives: the first `ranked` works are the newest ones, in the order exact ranking
        // gives them; the rest are the older ones, newest first. At least two works must be ranked.
        var exactPosition = exact.Select((w, i) => (w.WorkId, i)).ToDictionary(p => p.WorkId, p => p.i);
        var splits = Enumerable.Range(2, bounded.Count - 2).Where(ranked =>
            bounded.Take(ranked).Select(w => w.WorkId).Order().SequenceEqual(newestFirst.Take(ranked).Select(w => w.WorkId).Order())
            && bounded.Take(ranked).Select(w => exactPosition[w.WorkId]).SequenceEqual(bounded.Take(ranked).Select(w => exactPosition[w.WorkId]).Order())
            && bounded.Skip(ranked).Select(w => w.WorkId).SequenceEqual(newestFirst.Skip(ranked).Select(w => w.WorkId)));
        Assert.True(splits.Any(), "Bounded order: " + string.Join(", ", bounded.Select(w => $"{w.Symbol} ({w.Date})")));
    }

    /// <summary>The order of unranked works: undated last, newest first, ties by work id.</summary>
    private static List<RankedWork> NewestFirst(IEnumerable<RankedWork> works) =>
        works.OrderBy(w => w.Date is null).ThenByDescending(w => w.Date).ThenBy(w => w.WorkId).ToList();
}
