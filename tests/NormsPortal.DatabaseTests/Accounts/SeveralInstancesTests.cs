using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// Two instances of the portal on one database, as behind a load balancer: a cookie, a bearer token
/// and an antiforgery token issued by one are honoured by the other (Data Protection keys live in the
/// database), and a session ended on one is ended on the other.
/// </summary>
public sealed class SeveralInstancesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> s_checkEveryRequest = new() { ["Sessions:CheckInterval"] = "00:00:00" };

    [Theory, DatabaseData]
    public async Task CookieBearerAndAntiforgeryTokens_FromOneInstance_WorkOnAnother(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var first = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var onFirst = BrowserOf(first);
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        var (access, _) = await onFirst.Client.RegisterWithTokensAsync(email, password);
        using (var signedIn = await onFirst.SendAsync(HttpMethod.Post, "/api/v1/auth/login?useCookies=true",
            JsonContent.Create(new { email, password })))
        {
            signedIn.EnsureSuccessStatusCode();
        }

        var antiforgery = await onFirst.AntiforgeryTokenAsync();

        // The second instance starts after the first made its keys, as a scaled-out instance does.
        await using var second = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var onSecond = BrowserOf(second, onFirst.Cookies);

        using var byCookie = await onSecond.SendAsync(HttpMethod.Get, "/api/v1/auth/manage/info");
        using var byBearer = await onSecond.Client.GetWithBearerAsync("/api/v1/auth/manage/info", access);
        Assert.Equal(HttpStatusCode.OK, byCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byBearer.StatusCode);

        var cookiesBeforeSignOut = new Dictionary<string, string>(onSecond.Cookies);
        using var logout = await onSecond.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", antiforgeryToken: antiforgery);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        // Signed out on the second instance: the first no longer accepts the cookie, even one kept from before.
        using var replayed = BrowserOf(first, cookiesBeforeSignOut);
        using var ended = await replayed.SendAsync(HttpMethod.Get, "/api/v1/auth/manage/info");
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
    }

    private static Browser BrowserOf(PortalFactory portal, Dictionary<string, string>? cookies = null) =>
        new(portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        }), cookies ?? []);

    /// <summary>A client whose cookies are kept by the test, so that one browser can talk to two instances.</summary>
    private sealed class Browser(HttpClient client, Dictionary<string, string> cookies) : IDisposable
    {
        public HttpClient Client { get; } = client;

        /// <summary>The same dictionary for every instance the browser visits: one cookie jar.</summary>
        public Dictionary<string, string> Cookies { get; } = cookies;

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? antiforgeryToken = null)
        {
            using var request = AntiforgeryPage.Post(path, antiforgeryToken);
            request.Method = method;
            request.Content = content;
            if (Cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await Client.SendAsync(request, Cancel);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0].Split('=', 2);
                Cookies[pair[0]] = pair[1];
            }

            return response;
        }

        public async Task<string> AntiforgeryTokenAsync()
        {
            using var page = await SendAsync(HttpMethod.Get, "/library");
            var html = await page.Content.ReadAsStringAsync(Cancel);
            return AntiforgeryPage.TokenIn(html) ?? throw new InvalidOperationException("The signed-in page carries no antiforgery token.");
        }

        public void Dispose() => Client.Dispose();
    }
}
