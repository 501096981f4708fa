using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>
/// A script on another site may read the public API (GET and HEAD, without credentials); it may not
/// write, and the pages do not answer CORS at all.
/// </summary>
public sealed class ApiCorsTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private const string Origin = "https://research.example.org";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Get_FromAnotherOrigin_IsAllowedForAnyOrigin_WithTheETagExposed(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var response = await SendAsync(api, HttpMethod.Get, "/api/v1/norms/1.6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Theory, DatabaseData]
    public async Task Preflight_ForAGet_AllowsGetAndHeadOnly(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var response = await SendAsync(api, HttpMethod.Options, "/api/v1/documents/A/RES/73/27", requestMethod: "GET");

        Assert.True(response.IsSuccessStatusCode, $"The preflight answered {(int)response.StatusCode}.");
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var methods = Header(response, "Access-Control-Allow-Methods")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(["GET", "HEAD"], methods.Order(StringComparer.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task Preflight_ForAWrite_IsNotAllowed(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        foreach (var method in new[] { "POST", "DELETE", "PUT" })
        {
            using var response = await SendAsync(api, HttpMethod.Options, "/api/v1/documents/A/RES/73/27", requestMethod: method);

            Assert.True(Header(response, "Access-Control-Allow-Origin") is null, $"A {method} preflight was allowed.");
        }
    }

    [Theory, DatabaseData]
    public async Task Pages_AnswerNoCors(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var page = await SendAsync(api, HttpMethod.Get, "/documents/A/RES/73/27");
        using var preflight = await SendAsync(api, HttpMethod.Options, "/documents/A/RES/73/27", requestMethod: "GET");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(Header(page, "Access-Control-Allow-Origin"));
        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> SendAsync(ReadApiFixture.ApiUnderTest api, HttpMethod method, string path, string? requestMethod = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", Origin);
        if (requestMethod is not null)
        {
            request.Headers.Add("Access-Control-Request-Method", requestMethod);
        }

        return await api.Client.SendAsync(request, Cancel);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
