using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// The passkey options the account pages' script fetches need the page's antiforgery token, and a
/// passkey sign-in that no ceremony started fails as a sign-in does, on the page, never as an error.
/// (Making and using a passkey needs a browser: the end-to-end PasskeyTests.)
/// </summary>
public sealed partial class PasskeyEndpointTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task RequestOptions_NeedThePagesAntiforgeryToken_AndAskForAnyPasskeyOfTheSite(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var browser = portal.CreateHttpsClient();
        var token = ButtonToken().Match(await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative), Cancel)).Groups["token"].Value;

        using var forged = await browser.SendAsync(AntiforgeryPage.Post(PasskeyEndpoints.RequestOptionsPath, token: null), Cancel);
        using var fromThePage = await browser.SendAsync(AntiforgeryPage.Post(PasskeyEndpoints.RequestOptionsPath, WebUtility.HtmlDecode(token)), Cancel);
        using var creation = await browser.SendAsync(AntiforgeryPage.Post(PasskeyEndpoints.CreationOptionsPath, WebUtility.HtmlDecode(token)), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, fromThePage.StatusCode);
        using var options = JsonDocument.Parse(await fromThePage.Content.ReadAsStringAsync(Cancel));
        Assert.True(options.RootElement.TryGetProperty("challenge", out _));
        // No passkeys named: the options would otherwise tell which addresses have an account with one.
        Assert.True(!options.RootElement.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
        Assert.NotEqual(HttpStatusCode.OK, creation.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task PasskeySignIn_WithoutAStartedCeremony_SaysItDidNotWork(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var browser = portal.CreateHttpsClient();

        using var signIn = await AccountForms.PostAsync(browser, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Passkey.CredentialJson"] = """{"id":"AAAA","type":"public-key","response":{}}""",
        });

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("cannot sign in just now", await signIn.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(cookie => cookie.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    [GeneratedRegex("""<passkey-submit [^>]*token-value="(?<token>[^"]+)">""")]
    private static partial Regex ButtonToken();
}
