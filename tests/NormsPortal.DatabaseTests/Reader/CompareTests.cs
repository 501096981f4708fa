using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Compare;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>The comparison of two works over the shipped corpus, on both providers: the query and the page's answers.</summary>
public sealed class CompareTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task TwoResolutionsOfATrack_AreAligned_AndKeepEveryParagraphInOrder(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var query = new CompareQuery(corpus.ContextFactory);

        var lookup = await query.CompareAsync("A/RES/77/36", "A/RES/78/237", null, Cancel);

        Assert.Equal(CompareStatus.Compared, lookup.Status);
        var result = lookup.Result!;
        Assert.Equal("en", result.Language);
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], result.CommonLanguages);
        Assert.Contains(result.Paragraphs, p => p.Change == ParagraphChange.Changed);
        Assert.Contains(result.Paragraphs, p => p.Change == ParagraphChange.Unchanged);
        var firstAnchors = result.Paragraphs.Where(p => p.Left is not null).Select(p => p.Left!.Anchor).ToList();
        var secondAnchors = result.Paragraphs.Where(p => p.Right is not null).Select(p => p.Right!.Anchor).ToList();
        Assert.Equal(await AnchorsAsync(corpus, "A/RES/77/36"), firstAnchors);
        Assert.Equal(await AnchorsAsync(corpus, "A/RES/78/237"), secondAnchors);
        Assert.All(result.Paragraphs.Where(p => p.Change == ParagraphChange.Changed), p =>
            Assert.Contains(p.Spans, s => s.Change != WordChange.Same));
    }

    [Theory, DatabaseData]
    public async Task Language_IsTheOneAskedFor_WhenBothHoldIt_ElseEnglish(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var query = new CompareQuery(corpus.ContextFactory);

        var french = await query.CompareAsync("A/RES/77/36", "A/RES/78/237", "fr", Cancel);
        var onlyEnglish = await query.CompareAsync("A/RES/73/27", "A/RES/77/36", "fr", Cancel);

        Assert.Equal("fr", french.Result?.Language);
        Assert.Equal("en", onlyEnglish.Result?.Language);
        Assert.Equal(["en"], onlyEnglish.Result?.CommonLanguages);
    }

    [Theory, DatabaseData]
    public async Task WorkWithoutText_IsComparedWithNothing(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var lookup = await new CompareQuery(corpus.ContextFactory).CompareAsync("A/RES/43/78 H", "A/RES/77/36", null, Cancel);

        Assert.Equal(CompareStatus.Compared, lookup.Status);
        Assert.Null(lookup.Result?.Language);
        Assert.Empty(lookup.Result!.Paragraphs);
        Assert.Empty(lookup.Result.First.TextLanguages);
    }

    [Theory, DatabaseData]
    public async Task UnknownSymbols_AreNamed_AndLowerCaseIsFound(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var query = new CompareQuery(corpus.ContextFactory);

        var unknownFirst = await query.CompareAsync("A/RES/99/999", "A/RES/78/237", null, Cancel);
        var unknownSecond = await query.CompareAsync("a/res/77/36", "A/RES/99/998", null, Cancel);

        Assert.Equal((CompareStatus.UnknownFirst, "A/RES/99/999"), (unknownFirst.Status, unknownFirst.UnknownSymbol));
        Assert.Equal((CompareStatus.UnknownSecond, "A/RES/99/998"), (unknownSecond.Status, unknownSecond.UnknownSymbol));
    }

    [Theory, DatabaseData]
    public async Task ComparableSymbols_AreTheWorksWithText(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var symbols = await new CompareQuery(corpus.ContextFactory).ComparableSymbolsAsync(Cancel);

        Assert.Contains("A/RES/73/27", symbols);
        Assert.Contains("A/RES/78/237", symbols);
        Assert.DoesNotContain("A/70/174", symbols);
    }

    [Theory, DatabaseData]
    public async Task Page_Prerenders_TheComparison(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/compare?a=A/RES/77/36&b=A/RES/78/237", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("A/RES/77/36 compared with A/RES/78/237", html, StringComparison.Ordinal);
        Assert.Contains("data-change=\"changed\"", html, StringComparison.Ordinal);
        Assert.Contains("<ins ", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Page_UnknownSymbol_Is404NamingIt(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/compare?a=A/RES/77/99&b=A/RES/78/237", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("No document A/RES/77/99", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"not-found\"", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Page_WithoutParameters_ShowsTheForm(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/compare?a=A/RES/77/36", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("data-testid=\"compare-form\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"A/RES/77/36\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"compare-row\"", html, StringComparison.Ordinal);
    }

    private static async Task<List<string>> AnchorsAsync(CorpusFixture.CorpusUnderTest corpus, string symbol)
    {
        await using var db = corpus.Database.CreateContext();
        return db.Provisions
            .Where(p => p.Expression.Work.Symbol == symbol && p.Expression.Language == "en" && p.Kind != NormsPortal.Data.Model.ProvisionKind.Footnote)
            .OrderBy(p => p.Ordinal)
            .Select(p => p.Anchor)
            .ToList();
    }
}
