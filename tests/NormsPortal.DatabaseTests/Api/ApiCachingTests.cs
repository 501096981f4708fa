using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>
/// The API's public reads carry a strong ETag and Cache-Control, and a client that sends the ETag back
/// in If-None-Match gets 304 with no body while the answer is the same.
/// </summary>
public sealed class ApiCachingTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string[] s_publicReads =
    [
        "/api/v1/status",
        "/api/v1/norms",
        "/api/v1/norms/1.6",
        "/api/v1/documents",
        "/api/v1/documents/A/RES/73/27",
        "/api/v1/documents/A/RES/73/27/citation",
        "/api/v1/search?q=infrastructure",
        "/api/v1/search/suggest?q=73",
    ];

    [Theory, DatabaseData]
    public async Task PublicReads_HaveAStrongETagAndPublicCacheControl(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        foreach (var path in s_publicReads)
        {
            using var response = await GetAsync(api, path);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
            Assert.True(response.Headers.ETag is { IsWeak: false }, $"{path} has no strong ETag.");
            Assert.True(response.Headers.CacheControl is { Public: true, MaxAge: not null }, $"{path} has Cache-Control '{response.Headers.CacheControl}'.");
        }
    }

    [Theory, DatabaseData]
    public async Task IfNoneMatch_WithTheCurrentETag_Is304WithoutABody(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);
        using var first = await GetAsync(api, "/api/v1/documents/A/RES/73/27");
        var tag = first.Headers.ETag!.Tag;

        foreach (var ifNoneMatch in new[] { tag, "W/" + tag, "\"other\", " + tag, "*" })
        {
            using var again = await GetAsync(api, "/api/v1/documents/A/RES/73/27", ifNoneMatch);

            Assert.True(again.StatusCode == HttpStatusCode.NotModified, $"If-None-Match: {ifNoneMatch} answered {(int)again.StatusCode}.");
            Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
            Assert.Equal(tag, again.Headers.ETag?.Tag);
        }
    }

    [Theory, DatabaseData]
    public async Task IfNoneMatch_WithAnotherAnswersETag_Is200WithTheBody(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);
        using var english = await GetAsync(api, "/api/v1/documents/A/RES/73/27");

        using var chinese = await GetAsync(api, "/api/v1/documents/A/RES/73/27?lang=zh", english.Headers.ETag!.Tag);
        using var norm = await GetAsync(api, "/api/v1/norms/1.6", english.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        Assert.NotEqual(english.Headers.ETag, chinese.Headers.ETag);
        Assert.NotEmpty(await chinese.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, norm.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Errors_HaveNoETagAndAreNeverAnswered304(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        foreach (var path in new[] { "/api/v1/documents/A/RES/99/999", "/api/v1/norms/9.9", "/api/v1/documents?page=0" })
        {
            using var response = await GetAsync(api, path, "*");

            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} answered {(int)response.StatusCode}.");
            Assert.Null(response.Headers.ETag);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Theory, DatabaseData]
    public async Task Head_HasTheSameETagAsGet(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var get = await GetAsync(api, "/api/v1/norms/1.6");
        using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/norms/1.6"), Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> GetAsync(ReadApiFixture.ApiUnderTest api, string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await api.Client.SendAsync(request, Cancel);
    }
}
