using System.Net;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Admin;
using NormsPortal.DatabaseTests.Infrastructure;
using static NormsPortal.DatabaseTests.Caching.CachedAnswers;

namespace NormsPortal.DatabaseTests.Caching;

/// <summary>
/// Two signed-in readers (one an admin) and an anonymous one ask for the same public page: they are served one shared
/// page, in whichever order they come, and none of them finds another's data in it, nor their own (the circuit adds
/// that). What is a reader's own (their library, account and admin pages, the API under /api/v1/me) is never cached.
/// </summary>
public sealed class SharedPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task PublicPage_SignedInOrNot_InAnyOrder_IsOneSharedPage_WithNoReadersData(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        var (alice, admin) = (await site.CreateAccountAsync("alice"), await site.CreateAccountAsync("admin", admin: true, twoFactor: true));
        var aliceClient = await site.SignInAsync(alice, SecondFactor.None, cookie: true);
        var adminClient = await site.SignInAsync(admin, SecondFactor.AuthenticatorCode, cookie: true);
        var anonymous = site.Client();
        HttpClient[][] orders = [[anonymous, aliceClient, adminClient], [aliceClient, adminClient, anonymous], [adminClient, anonymous, aliceClient]];

        foreach (var readers in orders)
        {
            var page = Fresh("/documents");
            var bodies = new List<string>();
            foreach (var reader in readers)
            {
                var (response, body) = await GetAsync(reader, page);
                using (response)
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Equal(bodies.Count > 0, IsFromCache(response));
                    Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)));
                    bodies.Add(WithoutNonces(body));
                }
            }

            Assert.Single(bodies.Distinct());
            var shared = bodies[0];
            foreach (var secret in new[] { alice.Email, admin.Email, "data-testid=\"account-link\"", "data-testid=\"sign-out\"", "antiforgery-token", "/admin" })
            {
                Assert.DoesNotContain(secret, shared, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains("data-testid=\"sign-in\"", shared, StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseData]
    public async Task ReadersOwnPages_AndPrivateApi_AndSignedInApiCalls_AreNeverServedFromTheCache(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        var admin = await site.CreateAccountAsync("admin", admin: true, twoFactor: true);
        var adminClient = await site.SignInAsync(admin, SecondFactor.AuthenticatorCode, cookie: true);
        string[] own = ["/library", "/account/manage", "/admin/users", "/api/v1/me/bookmarks", "/api/v1/users", "/api/v1/norms", "/api/v1/documents"];
        foreach (var path in own)
        {
            using var first = await adminClient.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            using var second = await adminClient.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.True(second.StatusCode == HttpStatusCode.OK, $"{path}: {(int)second.StatusCode}");
            Assert.False(IsFromCache(second), path);
        }
    }

    [Theory, DatabaseData]
    public async Task SignOutFromASharedPage_NeedsNoToken_WhenTheBrowserSaysItIsFromThePortal(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        // Signed in by cookie, without the page's antiforgery token that AdminSite's cookie clients send.
        var account = await site.CreateAccountAsync("alice");
        var alice = site.Client();
        using (var login = await alice.LoginAsync(account.Email, account.Password, useCookies: true))
        {
            login.EnsureSuccessStatusCode();
        }

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent([new("returnUrl", "/documents")]) };
        forged.Headers.Add("Sec-Fetch-Site", "cross-site");
        using (var refused = await alice.SendAsync(forged, Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var fromThePortal = new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent([new("returnUrl", "/documents")]) };
        fromThePortal.Headers.Add("Sec-Fetch-Site", "same-origin");
        using (var signedOut = await alice.SendAsync(fromThePortal, Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var library = await alice.GetAsync(new Uri("/api/v1/me/bookmarks", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, library.StatusCode);
    }
}
