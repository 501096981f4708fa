using System.Net;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// Account POSTs are limited per client address (RateLimits:Register, RateLimits:SignIn): pages and
/// API count together, a refused request gets 429 with Retry-After, and nothing else is limited.
/// </summary>
public sealed class RateLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> s_lowLimits = new()
    {
        ["RateLimits:SignIn:PermitLimit"] = "3",
        ["RateLimits:SignIn:Window"] = "00:10:00",
        ["RateLimits:Register:PermitLimit"] = "2",
        ["RateLimits:Register:Window"] = "01:00:00",
    };

    [Theory, DatabaseData]
    public async Task SignIn_PostsBeyondTheLimit_Get429WithRetryAfter_ProblemDetailsOnTheApi_AFriendlyPageElsewhere(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_lowLimits);
        using var client = portal.CreateClient();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await PostAsync(client, attempt % 2 == 0 ? "/account/login" : "/api/v1/auth/login");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var api = await PostAsync(client, "/api/v1/auth/login");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.InRange(api.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        using var page = await PostAsync(client, "/account/login-2fa");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many attempts", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.NotNull(page.Headers.RetryAfter);
    }

    [Theory, DatabaseData]
    public async Task Limits_CountOnlyPosts_AndEachKindApart(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_lowLimits);
        using var client = portal.CreateClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var _ = await PostAsync(client, "/account/login");
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var get = await client.GetAsync(new Uri("/account/login", UriKind.Relative), Cancel);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, get.StatusCode);
        }

        using var register = await PostAsync(client, "/api/v1/auth/register");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, register.StatusCode);
        using var unrelated = await PostAsync(client, "/api/v1/documents/A/RES/73/27");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, unrelated.StatusCode);

        using var secondRegister = await PostAsync(client, "/account/register");
        using var thirdRegister = await PostAsync(client, "/api/v1/auth/register");
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdRegister.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Cancel);
}
