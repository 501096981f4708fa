using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// Identity's API under /api/v1/auth and how the portal challenges: bearer token or cookie on the
/// same endpoint, 401 from the API, a redirect to sign in from pages.
/// </summary>
public sealed class AuthApiTests
{
    private const string ProtectedApi = "/api/v1/auth/manage/info";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ProtectedApi_Anonymous_Answers401WithoutRedirect(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();

        using var response = await client.GetAsync(new Uri(ProtectedApi, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory, DatabaseData]
    public async Task ProtectedPage_Anonymous_RedirectsToSignInWithReturnUrl(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();

        using var response = await client.GetAsync(new Uri("/account/manage", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Faccount%2Fmanage", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ProtectedApi_WithBearerToken_AnswersTheTokensUser(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        var (accessToken, _) = await client.RegisterWithTokensAsync(email, TestPasswords.New());

        using var response = await client.GetWithBearerAsync(ProtectedApi, accessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(email, info.GetProperty("email").GetString());
    }

    [Theory, DatabaseData]
    public async Task ProtectedApi_WithCookieFromLogin_AnswersTheCookiesUser(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        (await client.RegisterAsync(email, password)).EnsureSuccessStatusCode();

        using var login = await client.LoginAsync(email, password, useCookies: true);
        using var response = await client.GetAsync(new Uri(ProtectedApi, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), value => value.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Logout_WithCookie_EndsTheCookieSession(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        (await client.RegisterAsync(email, password)).EnsureSuccessStatusCode();
        (await client.LoginAsync(email, password, useCookies: true)).EnsureSuccessStatusCode();

        // A cookie write to the API carries the page's antiforgery token (ApiAntiforgeryTests).
        using var logout = await client.SendAsync(AntiforgeryPage.Post("/api/v1/auth/logout", await AntiforgeryPage.TokenAsync(client)), Cancel);
        using var after = await client.GetAsync(new Uri(ProtectedApi, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Refresh_WithRefreshToken_IssuesAWorkingAccessToken(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var (_, refreshToken) = await client.RegisterWithTokensAsync(TestPasswords.NewEmail(), TestPasswords.New());

        using var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, Cancel);
        var tokens = await refreshed.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var response = await client.GetWithBearerAsync(ProtectedApi, tokens.GetProperty("accessToken").GetString()!);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.True(tokens.GetProperty("expiresIn").GetInt32() <= 15 * 60);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Register_AlreadyRegisteredAddress_AnswersLikeANewOne(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();

        using var first = await client.RegisterAsync(email, TestPasswords.New());
        using var again = await client.RegisterAsync(email, TestPasswords.New());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await again.Content.ReadAsStringAsync(Cancel));
    }

    [Theory, DatabaseData]
    public async Task Login_UnknownAddressWrongPasswordAndLockedOut_AllSayOnlyFailed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        (await client.RegisterAsync(email, password)).EnsureSuccessStatusCode();

        var unknown = await FailureDetailAsync(client, TestPasswords.NewEmail(), password);
        var wrong = await FailureDetailAsync(client, email, TestPasswords.New());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await FailureDetailAsync(client, email, TestPasswords.New());
        }

        var lockedOutWithTheRightPassword = await FailureDetailAsync(client, email, password);

        Assert.Equal("Failed", unknown);
        Assert.Equal("Failed", wrong);
        Assert.Equal("Failed", lockedOutWithTheRightPassword);
    }

    private static async Task<string?> FailureDetailAsync(HttpClient client, string email, string password)
    {
        using var response = await client.LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return problem.GetProperty("detail").GetString();
    }
}
