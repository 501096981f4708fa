using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Documents;
using NormsPortal.Web.Features.Home;
using NormsPortal.Web.Features.NotFound;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>The reader's queries and pages over the shipped corpus, on both providers.</summary>
public sealed class ReaderQueryTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task NotFoundSuggestions_FindCloseNormsAndSymbols(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var suggestions = new NotFoundSuggestions(new TestContextFactory(corpus.Database));

        var norm = await suggestions.SuggestAsync("/norms/1.99", Cancel);
        var typo = await suggestions.SuggestAsync("/documents/A/RES/73/72", Cancel);
        var shortForm = await suggestions.SuggestAsync("73/27", Cancel);
        var gluedPart = await suggestions.SuggestAsync("/documents/A/RES/43/78h", Cancel);
        var nothingClose = await suggestions.SuggestAsync("/documents/S/RES/2341(2017)/Corr.9", Cancel);

        Assert.Equal("1.9", norm.Norms[0].Label);
        Assert.Equal("/norms/1.9", norm.Norms[0].Url);
        Assert.True(norm.Norms.Count <= NotFoundSuggestions.MaxNorms);
        Assert.Empty(norm.Documents);
        Assert.Contains(typo.Documents, d => d.Label == "A/RES/73/27");
        Assert.Equal("A/RES/73/27", shortForm.Documents[0].Label);
        Assert.Equal("/documents/A/RES/43/78%20H", gluedPart.Documents[0].Url);
        Assert.Empty(nothingClose.Documents);
        Assert.Equal("/search?q=S%2FRES%2F2341%282017%29%2FCorr.9", nothingClose.SearchUrl);
    }

    [Theory, DatabaseData]
    public async Task HomeQueries_TracksInOrder_AndRecentWorksNewestFirst(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var home = new HomeQueries(new TestContextFactory(corpus.Database));

        var tracks = await home.TracksAsync(Cancel);
        var recent = await home.RecentAsync(Cancel);

        var developments = tracks[0];
        Assert.Equal("developments", developments.Key);
        Assert.Equal(("A/RES/53/70", 1998), (developments.First, developments.FirstYear));
        Assert.True(developments.Resolutions >= 27);
        Assert.Equal(HomeQueries.RecentCount, recent.Count);
        Assert.Equal(recent.OrderByDescending(w => w.UpdatedAt).Select(w => w.Symbol), recent.Select(w => w.Symbol));
        Assert.All(recent, w => Assert.Equal(DocumentUrls.For(w.Symbol), w.Url));
    }

    [Theory, DatabaseData]
    public async Task FilterOptions_OfferWhatTheCorpusHolds(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var options = await new DocumentFilterOptions(new TestContextFactory(corpus.Database)).LoadAsync(Cancel);

        Assert.Contains("General Assembly", options.Bodies);
        Assert.Contains("Human Rights Council", options.Bodies);
        Assert.Equal(options.Bodies.Order(StringComparer.Ordinal), options.Bodies);
        Assert.Equal("developments", options.Tracks[0].Key);
        Assert.Contains("report", options.Kinds);
        Assert.Contains(new SessionOptionDto("ga-73", "General Assembly", "General Assembly — 73rd session"), options.Sessions);
        Assert.Contains(new SessionOptionDto("hrc-26", "Human Rights Council", "Human Rights Council — 26th session"), options.Sessions);
    }

    [Theory, DatabaseData]
    public async Task DocumentList_ByBodyAndYearRange_SortedBySymbol(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var query = new DocumentListQuery(new TestContextFactory(corpus.Database));

        var council = await query.RunAsync(new DocumentListRequest { Body = "Human Rights Council", Sort = "symbol" }, Cancel);
        var assembly2018 = await query.RunAsync(new DocumentListRequest { Body = "General Assembly", YearFrom = 2018, YearTo = 2018, Sort = "symbol" }, Cancel);
        var noBody = await query.RunAsync(new DocumentListRequest { Body = "Trusteeship Council" }, Cancel);

        Assert.Equal(["A/HRC/RES/20/8", "A/HRC/RES/26/13"], council.Items.Select(i => i.Symbol));
        Assert.Contains("A/RES/73/27", assembly2018.Items.Select(i => i.Symbol));
        Assert.All(assembly2018.Items, i => Assert.Equal(2018, i.Date?.Year));
        Assert.Equal(assembly2018.Items.Select(i => i.Symbol).Order(StringComparer.Ordinal), assembly2018.Items.Select(i => i.Symbol));
        Assert.Equal(0, noBody.Total);
    }

    [Theory, DatabaseData]
    public async Task Pages_UnknownNormOrSymbol_Answer404WithSuggestions(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var norm = await corpus.Client.GetAsync(new Uri("/norms/1.99", UriKind.Relative), Cancel);
        using var document = await corpus.Client.GetAsync(new Uri("/documents/A/RES/73/2", UriKind.Relative), Cancel);
        using var known = await corpus.Client.GetAsync(new Uri("/norms/1.6", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, norm.StatusCode);
        var normHtml = await norm.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("There is no norm 1.99", normHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/norms/1.9\"", normHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        var documentHtml = await document.Content.ReadAsStringAsync(Cancel);
        Assert.True(documentHtml.Contains("href=\"/documents/A/RES/73/27\"", StringComparison.Ordinal), documentHtml);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains("Do not damage critical infrastructure", await known.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task DocumentsPage_FiltersInTheAddress_AndBadValuesAreExplained(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var council = await corpus.Client.GetStringAsync(new Uri("/documents?body=Human%20Rights%20Council&sort=symbol", UriKind.Relative), Cancel);
        using var bad = await corpus.Client.GetAsync(new Uri("/documents?yearFrom=nineteen", UriKind.Relative), Cancel);

        Assert.Contains("1–2 of 2 documents", System.Net.WebUtility.HtmlDecode(council), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-testid=\"documents-problem\"", await bad.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
