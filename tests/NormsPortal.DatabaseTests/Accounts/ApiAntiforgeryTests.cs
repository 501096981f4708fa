using System.Net;
using System.Net.Http.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// A write to the API made with the browser's cookie needs the antiforgery header (another site can
/// make the browser send the cookie, never the header); a bearer token needs none, and anonymous
/// requests are not checked.
/// </summary>
public sealed class ApiAntiforgeryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task CookieWrite_WithoutTheHeader_Gets400ProblemDetails_AndWithThePagesToken_Passes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var browser = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        using (var registered = await browser.RegisterAsync(email, password))
        {
            registered.EnsureSuccessStatusCode();
        }

        Assert.Null(await AntiforgeryPage.TokenAsync(browser, "/"));
        using (var signedIn = await browser.LoginAsync(email, password, useCookies: true))
        {
            signedIn.EnsureSuccessStatusCode();
        }

        using var forged = await browser.SendAsync(AntiforgeryPage.Post("/api/v1/auth/logout", token: null), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        using (var stillSignedIn = await browser.GetAsync(new Uri("/api/v1/auth/manage/info", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        }

        var token = await AntiforgeryPage.TokenAsync(browser);
        Assert.NotNull(token);
        using var genuine = await browser.SendAsync(AntiforgeryPage.Post("/api/v1/auth/logout", token), Cancel);
        Assert.Equal(HttpStatusCode.NoContent, genuine.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task BearerWrite_NeedsNoAntiforgeryHeader(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var script = portal.CreateHttpsClient();
        var (access, _) = await script.RegisterWithTokensAsync(TestPasswords.NewEmail(), TestPasswords.New());

        using var request = AntiforgeryPage.Post("/api/v1/auth/logout", token: null);
        request.Headers.Authorization = new("Bearer", access);
        using var logout = await script.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task AnonymousWrite_IsNotChecked(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var anonymous = portal.CreateHttpsClient();

        using var registered = await anonymous.RegisterAsync(TestPasswords.NewEmail(), TestPasswords.New());
        using var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { }, Cancel);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("antiforgery", problem, StringComparison.OrdinalIgnoreCase);
    }
}
