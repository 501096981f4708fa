using System.Net;
using NormsPortal.DatabaseTests.Api;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// The document page's first response, on both providers: real HTML (prerendered), the status a
/// crawler or a link checker sees, one address per work, and the language choices it honours.
/// </summary>
public sealed class DocumentPageTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Document_IsPrerendered_WithFactsVotesAndParagraphAnchors(DatabaseKind kind)
    {
        var (status, _, html) = await GetAsync(kind, "/documents/A/RES/73/27");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(">A/RES/73/27</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"op1.6\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/A/RES/73/27#fn2\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Permalink to paragraph 1.6\"", html, StringComparison.Ordinal);
        Assert.Contains("data-fact=\"agendaItem\"", html, StringComparison.Ordinal);
        Assert.Contains("Unverified", html, StringComparison.Ordinal);
        Assert.Contains("Yes: <strong>119</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Separate vote on preambular paragraph 5", html, StringComparison.Ordinal);
        Assert.Contains("/compare?a=A/RES/71/28&amp;b=A/RES/73/27", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Symbol_InLowerCase_RedirectsToTheCanonicalAddress_KeepingTheLanguage(DatabaseKind kind)
    {
        var (status, address, html) = await GetAsync(kind, "/documents/a/res/73/27?lang=zh");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/documents/A/RES/73/27?lang=zh", address.PathAndQuery);
        Assert.Contains("lang=\"zh\"", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Symbol_WithASpace_IsItsOwnAddress(DatabaseKind kind)
    {
        var (status, address, html) = await GetAsync(kind, "/documents/A/RES/43/78H");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/documents/A/RES/43/78%20H", address.AbsolutePath);
        Assert.Contains("data-testid=\"no-text\"", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task UnknownSymbol_Answers404(DatabaseKind kind)
    {
        var (status, _, html) = await GetAsync(kind, "/documents/A/RES/99/999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("data-testid=\"document-page\"", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task LanguageNotHeld_ShowsTheTextInEnglish_WithANotice(DatabaseKind kind)
    {
        var (status, _, html) = await GetAsync(kind, "/documents/A/RES/73/27?lang=fr");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("does not hold this document in French; it is shown in English", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" dir=\"ltr\" data-testid=\"document-text\"", html, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task SideBySide_PairsParagraphs_AndMarksThoseWithoutCounterpart(DatabaseKind kind)
    {
        var (status, _, html) = await GetAsync(kind, "/documents/A/RES/73/27?lang=en&with=zh");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"side-by-side\"", html, StringComparison.Ordinal);
        // Blazor writes characters outside Latin as character references.
        Assert.Contains("回顾其关于信息安全的各项决议", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("No counterpart in Chinese", html, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, Uri Address, string Html)> GetAsync(DatabaseKind kind, string path)
    {
        var api = await fixture.ApiAsync(kind);
        using var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return (response.StatusCode, response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync(Cancel));
    }
}
