using System.Net;
using NormsPortal.DatabaseTests.Api;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// Link checkers, uptime monitors and crawlers send HEAD: every address answers it as it answers
/// GET (status and headers), without a body.
/// </summary>
public sealed class HeadRequestTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A page, prerendered pages, the API (found and not), an unknown address, a health check and a static file.</summary>
    private static readonly string[] s_addresses =
    [
        "/",
        "/norms/1.6",
        "/documents/A/RES/73/27",
        "/api/v1/documents/A/RES/73/27",
        "/api/v1/documents/A/RES/99/999",
        "/no/such/page",
        "/health/live",
        "/favicon.svg",
    ];

    [Theory, DatabaseData]
    public async Task Head_AnswersAsGet_WithTheSameStatusAndHeaders_WithoutABody(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        foreach (var path in s_addresses)
        {
            // Asked once before, so GET and HEAD alike find a cacheable answer in the output cache, which declares its
            // length (the first, rendered answer of a page is sent in chunks).
            using var earlier = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), Cancel);
            using var get = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), Cancel);
            using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Cancel);

            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {path} answered {(int)head.StatusCode}, GET {(int)get.StatusCode}.");
            Assert.Equal((path, get.Content.Headers.ContentType), (path, head.Content.Headers.ContentType));
            Assert.Equal((path, DeclaredLength(get)), (path, DeclaredLength(head)));
            Assert.True((await get.Content.ReadAsByteArrayAsync(Cancel)).Length > 0, $"GET {path} has no body to leave out.");
            Assert.True((await head.Content.ReadAsByteArrayAsync(Cancel)).Length == 0, $"HEAD {path} answered with a body.");
        }
    }

    /// <summary>The Content-Length the server sent (when it knew it), not the one HttpClient computes from the body.</summary>
    private static string? DeclaredLength(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var values) ? values.ToString() : null;

    [Theory, DatabaseData]
    public async Task Post_ToAGetOnlyEndpoint_StillAnswers405(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var post = await api.Client.PostAsync(new Uri("/api/v1/documents/A/RES/73/27", UriKind.Relative), content: null, Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }
}
