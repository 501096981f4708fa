using NormsPortal.Data.Search;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>A result's "and 8 more": every paragraph of one work that the search matches, on both providers.</summary>
public sealed class SearchMatchesInWorkTests(CorpusFixture fixture)
{
    [Theory, DatabaseData]
    public async Task AllMatchesOfAWork_AreAsManyAsItsCount_AndHoldTheParagraphsShown(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var request = new SearchRequest("security");
        var results = await corpus.Service.SearchAsync(request, TestContext.Current.CancellationToken);
        var work = results.Items.First(w => w.ParagraphTotal > w.Paragraphs.Count);

        var all = await corpus.Service.MatchesInWorkAsync(request, work.Symbol, TestContext.Current.CancellationToken);

        Assert.Equal(Math.Min(work.ParagraphTotal, SearchService.MaxMatchesInWork), all.Count);
        Assert.Equal(all.Count, all.Select(p => (p.Anchor, p.Language)).Distinct().Count());
        Assert.Subset(all.Select(p => p.Url).ToHashSet(), work.Paragraphs.Select(p => p.Url).ToHashSet());
        Assert.All(all, p => Assert.Contains("<mark>", p.SnippetHtml, StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task DocumentScope_ListsEveryParagraphHoldingAnyOfTheWords(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var request = new SearchRequest("capacity-building gender year:2020..", Scope: SearchScope.Document);
        var results = await corpus.Service.SearchAsync(request, TestContext.Current.CancellationToken);
        var work = Assert.IsType<SearchWorkHitDto>(results.Items.FirstOrDefault(w => w.ParagraphTotal > w.Paragraphs.Count), exactMatch: false);

        var all = await corpus.Service.MatchesInWorkAsync(request, work.Symbol, TestContext.Current.CancellationToken);

        Assert.Equal(Math.Min(work.ParagraphTotal, SearchService.MaxMatchesInWork), all.Count);
    }

    [Theory, DatabaseData]
    public async Task AWorkTheSearchDoesNotMatch_HasNoMatches(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var all = await corpus.Service.MatchesInWorkAsync(new SearchRequest("critical infrastructure"), "A/RES/36/103", TestContext.Current.CancellationToken);

        Assert.Empty(all);
    }
}
