using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using static NormsPortal.DatabaseTests.Caching.CachedAnswers;

namespace NormsPortal.DatabaseTests.Caching;

/// <summary>
/// The public pages and the public API over the shipped corpus: asked twice, the second answer comes from the output
/// cache, with no cookie, and with a nonce of its own that its inline script carries.
/// </summary>
public sealed class PublicPageCachingTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Home, norms, a norm, documents, a document in two languages, timeline, compare and search.</summary>
    private static readonly string[] s_publicPages =
    [
        "/", "/norms", "/norms/1.6", "/documents", "/documents/A/RES/73/27", "/documents/A/RES/77/36?lang=fr", "/timeline",
        "/compare?a=A/RES/77/36&b=A/RES/78/237", "/search?q=critical+infrastructure",
    ];

    [Theory, DatabaseData]
    public async Task PublicPage_AskedAgain_IsServedFromTheCache_WithoutACookie_AndAlikeButForItsNonce(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        foreach (var page in s_publicPages.Select(Fresh))
        {
            var (first, firstBody) = await GetAsync(corpus.Client, page);
            var (second, secondBody) = await GetAsync(corpus.Client, page);
            using (first)
            using (second)
            {
                Assert.True(first.StatusCode == HttpStatusCode.OK, $"{page}: {(int)first.StatusCode}");
                Assert.False(IsFromCache(first), page);
                Assert.True(IsFromCache(second), page);
                Assert.False(first.Headers.Contains("Set-Cookie") || second.Headers.Contains("Set-Cookie"), $"{page} set a cookie.");
                Assert.Equal(WithoutNonces(firstBody), WithoutNonces(secondBody));
            }
        }
    }

    [Theory, DatabaseData]
    public async Task CachedPage_EveryResponse_HasAFreshNonce_ThatItsInlineScriptCarries(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var page = Fresh("/norms/1.6");
        var nonces = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (response, body) = await GetAsync(corpus.Client, page);
            using (response)
            {
                var nonce = HeaderNonce(response);
                Assert.Equal(24, nonce.Length);
                // The import map is the page's inline script.
                Assert.Equal([nonce], MarkupNonces(body));
                nonces.Add(nonce);
            }
        }

        Assert.Equal(3, nonces.Distinct().Count());
    }

    [Theory, DatabaseData]
    public async Task ThemeCookie_DrawsThePageDark_InAnEntryOfItsOwn(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var page = Fresh("/norms");
        var (light, lightBody) = await GetAsync(corpus.Client, page);
        var (dark, darkBody) = await GetAsync(corpus.Client, page, cookie: "np-theme=dark");
        var (darkAgain, _) = await GetAsync(corpus.Client, page, cookie: "np-theme=dark");
        using (light)
        using (dark)
        using (darkAgain)
        {
            Assert.Contains("data-theme=\"light\"", lightBody, StringComparison.Ordinal);
            Assert.False(IsFromCache(dark));
            Assert.Contains("data-theme=\"dark\"", darkBody, StringComparison.Ordinal);
            Assert.True(IsFromCache(darkAgain));
        }
    }

    [Theory, DatabaseData]
    public async Task PublicApi_AskedAgain_IsServedFromTheCache_AndHeadWithIt(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        string[] answers = ["/api/v1/norms", "/api/v1/norms/1.6", "/api/v1/norms/1.6/lineage", "/api/v1/documents", "/api/v1/documents/A/RES/73/27", "/api/v1/search?q=infrastructure"];
        foreach (var answer in answers.Select(Fresh))
        {
            var (first, firstBody) = await GetAsync(corpus.Client, answer);
            var (second, secondBody) = await GetAsync(corpus.Client, answer);
            using var head = await corpus.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, answer), Cancel);
            using (first)
            using (second)
            {
                Assert.True(first.StatusCode == HttpStatusCode.OK, $"{answer}: {(int)first.StatusCode}");
                Assert.False(IsFromCache(first), answer);
                Assert.True(IsFromCache(second), answer);
                Assert.True(IsFromCache(head), answer);
                Assert.Equal(firstBody, secondBody);
                Assert.Equal(first.Headers.ETag, second.Headers.ETag);
            }
        }
    }

    [Theory, DatabaseData]
    public async Task Errors_AndPosts_AreNeverServedFromTheCache(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        string[] errors = ["/norms/99.9", "/documents/A/RES/99/999", "/compare?a=A/RES/77/36&b=A/RES/99/999", "/api/v1/norms/99.9", "/api/v1/search?q=%22%22"];
        foreach (var error in errors.Select(Fresh))
        {
            using var first = await corpus.Client.GetAsync(new Uri(error, UriKind.Relative), Cancel);
            using var second = await corpus.Client.GetAsync(new Uri(error, UriKind.Relative), Cancel);
            Assert.True(first.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{error}: {(int)first.StatusCode}");
            Assert.False(IsFromCache(second), error);
        }

        var search = Fresh("/search?q=infrastructure");
        for (var i = 0; i < 2; i++)
        {
            using var post = await corpus.Client.PostAsync(new Uri(search, UriKind.Relative), new FormUrlEncodedContent([]), Cancel);
            Assert.False(IsFromCache(post));
        }
    }
}
