using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Compare;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>The comparison of two works over the shipped corpus, on both providers: the query and the page's answers.</summary>
public sealed class CompareTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task TwoResolutionsOfATrack_AreAligned_AndKeepEveryParagraphOnce(DatabaseKind kind)
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
        // The second text in its order; the first's paragraphs each once, a moved one where it now stands.
        Assert.Equal((await AnchorsAsync(corpus, "A/RES/77/36")).Order(StringComparer.Ordinal), firstAnchors.Order(StringComparer.Ordinal));
        Assert.Equal(await AnchorsAsync(corpus, "A/RES/78/237"), secondAnchors);
        Assert.All(result.Paragraphs.Where(p => p.Change == ParagraphChange.Changed), p =>
            Assert.Contains(p.Spans, s => s.Change != WordChange.Same));
    }

    [Theory, DatabaseData]
    public async Task From77_36To78_237_TheParagraphsThatChangedPlace_AreMoved_AndTheGrownOneIsChanged(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var result = (await new CompareQuery(corpus.ContextFactory).CompareAsync("A/RES/77/36", "A/RES/78/237", null, Cancel)).Result!;

        // 78/237 puts "Calls upon States to further engage" (77/36 op3, unchanged) before "Welcomes the adoption"
        // (77/36 op2, now op3 and revised); "Reaffirming that, given the unique attributes" and "Noting that
        // capacity-building" (77/36 pp4, pp5) now follow "Underlining" instead of preceding it.
        Assert.Equal(
            [("pp4", "pp16"), ("pp5", "pp17"), ("op2", "op3")],
            result.Paragraphs.Where(p => p.Change == ParagraphChange.Moved).Select(p => (p.Left!.Anchor, p.Right!.Anchor)));
        var welcomes = result.Paragraphs.Single(p => p.Change == ParagraphChange.Moved && p.Left!.Anchor == "op2");
        Assert.Contains(new TextSpan(WordChange.Deleted, "first"), welcomes.Spans);
        Assert.Contains(new TextSpan(WordChange.Inserted, "second"), welcomes.Spans);

        // "Invites Member States to share": one paragraph grown from 28 words to 97, in its place among its
        // neighbours though renumbered; a revision, not a move, nor a deletion and an insertion.
        Assert.Contains(result.Paragraphs, p => p is { Change: ParagraphChange.Changed, Left.Anchor: "op6", Right.Anchor: "op7" });
        Assert.DoesNotContain(result.Paragraphs, p => p.Change == ParagraphChange.Replaced);
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
    public async Task Page_SideBySide_Prerenders_TheMovedParagraphInTwoColumns(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/compare?a=A/RES/77/36&b=A/RES/78/237&view=side-by-side", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("data-change=\"moved\" data-first-anchor=\"op2\" data-second-anchor=\"op3\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"compare-side-second\"", html, StringComparison.Ordinal);
        Assert.Contains("data-view=\"side-by-side\"", html, StringComparison.Ordinal);
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
