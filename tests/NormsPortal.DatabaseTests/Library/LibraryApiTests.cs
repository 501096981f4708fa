using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.Antiforgery;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>
/// The library's API and page over the real app, signed in for real (bearer tokens from /api/v1/auth/login,
/// a cookie for the page): two researchers, an admin and an anonymous client, every endpoint and verb.
/// </summary>
public sealed partial class LibraryApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EveryEndpointAndVerb_OthersAndAnonymous_NeitherSeeNorChangeAResearchersLibrary(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var alice = await site.SignInAsync("alice");
        var bob = await site.SignInAsync("bob");
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();

        var collection = await alice.SendJsonAsync(HttpMethod.Post, "/api/v1/me/collections", new { name = "Thesis", description = "Chapter 2" });
        var bookmark = await alice.SendJsonAsync(HttpMethod.Post, "/api/v1/me/bookmarks",
            new { target = new { norm = "1.6" }, note = "Alice's note", tags = new[] { "ci" }, collections = new[] { collection.GetProperty("id").GetInt32() } });
        var (bookmarkId, collectionId) = (bookmark.GetProperty("id").GetInt32(), collection.GetProperty("id").GetInt32());
        var aliceBefore = await alice.GetStringAsync("/api/v1/me/export?format=json");

        string[] itemPaths = [$"/api/v1/me/bookmarks/{bookmarkId}", $"/api/v1/me/collections/{collectionId}"];
        foreach (var other in new[] { bob, admin })
        {
            foreach (var path in itemPaths)
            {
                Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Get, path));
                // Not valid either (no version, a name too long): ownership answers first.
                Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Put, path, new { note = "mine now", name = new string('x', 500) }));
                Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Delete, path));
            }

            Assert.Equal(0, (await other.GetJsonAsync("/api/v1/me/bookmarks")).GetProperty("total").GetInt32());
            Assert.Equal(0, (await other.GetJsonAsync("/api/v1/me/collections")).GetProperty("total").GetInt32());
            Assert.Equal(0, (await other.GetJsonAsync($"/api/v1/me/bookmarks?collection={collectionId}")).GetProperty("total").GetInt32());
            Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Get, $"/api/v1/me/export?format=json&collection={collectionId}"));
            Assert.Empty((await other.GetJsonAsync("/api/v1/me/export?format=json")).GetProperty("bookmarks").EnumerateArray());
            Assert.Equal(HttpStatusCode.BadRequest, await other.StatusAsync(HttpMethod.Post, "/api/v1/me/bookmarks",
                new { target = new { norm = "1.6" }, collections = new[] { collectionId } }));
            // Their own bookmark of the same norm is theirs alone.
            Assert.Equal(HttpStatusCode.Created, await other.StatusAsync(HttpMethod.Post, "/api/v1/me/bookmarks", new { target = new { norm = "1.6" }, note = "other" }));
            Assert.Equal(HttpStatusCode.OK, await other.StatusAsync(HttpMethod.Post, "/api/v1/me/import", JsonDocument.Parse(aliceBefore).RootElement));
        }

        (HttpMethod Method, string Path)[] everyEndpoint =
        [
            (HttpMethod.Get, "/api/v1/me/bookmarks"), (HttpMethod.Post, "/api/v1/me/bookmarks"),
            (HttpMethod.Get, "/api/v1/me/collections"), (HttpMethod.Post, "/api/v1/me/collections"),
            .. itemPaths.SelectMany(path => new[] { (HttpMethod.Get, path), (HttpMethod.Put, path), (HttpMethod.Delete, path) }),
            (HttpMethod.Get, "/api/v1/me/export?format=json"), (HttpMethod.Post, "/api/v1/me/import"),
        ];
        foreach (var (method, path) in everyEndpoint)
        {
            using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get || method == HttpMethod.Delete ? null : JsonContent.Create(new { }) };
            using var response = await anonymous.SendAsync(request, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }

        Assert.Equal(LibraryOf(aliceBefore), LibraryOf(await alice.GetStringAsync("/api/v1/me/export?format=json")));
    }

    [Theory, DatabaseData]
    public async Task EveryLibraryRouteInTheEndpointTable_EveryVerb_AnswersOnlyTheOwner_AndNeverA500(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var alice = await site.SignInAsync("alice");
        var others = new[] { await site.SignInAsync("bob", cookie: true), await site.SignInAsync("admin", PortalRoles.Admin, cookie: true) };
        using var anonymous = site.Portal.CreateHttpsClient();
        var collection = (await alice.SendJsonAsync(HttpMethod.Post, "/api/v1/me/collections", new { name = "Thesis" })).GetProperty("id").GetInt32();
        var bookmark = (await alice.SendJsonAsync(HttpMethod.Post, "/api/v1/me/bookmarks",
            new { target = new { norm = "1.6" }, note = "Alice's secret note", collections = new[] { collection } })).GetProperty("id").GetInt32();
        var aliceBefore = await alice.GetStringAsync("/api/v1/me/export?format=json");
        // Whose id an item route is asked with: Alice's. A new item route fails here until it is added.
        var alicesIds = new Dictionary<string, int>(StringComparer.Ordinal) { ["bookmarks"] = bookmark, ["collections"] = collection };

        // Read from the app's own endpoint table, so an endpoint added later is in the matrix without being listed here.
        var routes = EndpointTable.Routes(site.Portal.Services,
            e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/v1/me/", StringComparison.Ordinal) || raw == "/library"));
        Assert.Contains("/library", routes.Keys);
        Assert.Contains("/api/v1/me/bookmarks/{id:int}", routes.Keys);
        foreach (var (route, mapped) in routes)
        {
            var path = ItemPath().Replace(route, m => alicesIds.TryGetValue(m.Groups["resource"].Value, out var id)
                ? $"/{m.Groups["resource"].Value}/{id}"
                : throw new InvalidOperationException($"{route}: which of Alice's items should this matrix ask for?"));
            var isItem = path != route;
            foreach (var verb in EndpointTable.Verbs)
            {
                var isMapped = mapped.EndpointFor(verb) is not null;
                using (var response = await EndpointTable.SendRawAsync(anonymous, verb, path, Cancel))
                {
                    var expected = route == "/library" ? HttpStatusCode.Redirect : HttpStatusCode.Unauthorized;
                    Assert.True(isMapped ? response.StatusCode == expected : EndpointTable.IsRefusedVerb(verb, response.StatusCode),
                        $"anonymous {verb} {path}: {(int)response.StatusCode}");
                }

                foreach (var other in others)
                {
                    using var response = await other.SendAsync(new HttpMethod(verb), path, verb is "GET" or "HEAD" or "DELETE" or "OPTIONS" ? null : new { note = "mine now", version = 1, name = "Mine" });
                    var body = await response.Content.ReadAsStringAsync(Cancel);
                    var status = (int)response.StatusCode;
                    Assert.True(!isMapped ? EndpointTable.IsRefusedVerb(verb, response.StatusCode)
                        : isItem ? response.StatusCode == HttpStatusCode.NotFound
                        : status is >= 200 and < 500, $"{verb} {path} by another user: {status} {body}");
                    Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(LibraryOf(aliceBefore), LibraryOf(await alice.GetStringAsync("/api/v1/me/export?format=json")));
    }

    [Theory, DatabaseData]
    public async Task Bookmarks_CreatedChangedAndConflicting_AnswerAsTheApiDocuments(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var alice = await site.SignInAsync("alice");

        using var created = await alice.SendAsync(HttpMethod.Post, "/api/v1/me/bookmarks",
            new { target = new { symbol = "a/res/73/27", anchor = "op1.6", quote = "knowingly support ICT activity" }, note = "first" });
        var item = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = item.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/me/bookmarks/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("A/RES/73/27", item.GetProperty("target").GetProperty("symbol").GetString());
        Assert.Equal(1, item.GetProperty("version").GetInt64());

        var firstTab = await alice.SendJsonAsync(HttpMethod.Put, $"/api/v1/me/bookmarks/{id}", new { note = "first tab", version = 1 });
        using var secondTab = await alice.SendAsync(HttpMethod.Put, $"/api/v1/me/bookmarks/{id}", new { note = "second tab", version = 1 });
        var conflict = await secondTab.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(2, firstTab.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, secondTab.StatusCode);
        Assert.Equal("first tab", conflict.GetProperty("current").GetProperty("note").GetString());
        Assert.Equal("first", item.GetProperty("note").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, await alice.StatusAsync(HttpMethod.Post, "/api/v1/me/bookmarks", new { target = new { norm = "9.9" } }));
        Assert.Equal(HttpStatusCode.BadRequest, await alice.StatusAsync(HttpMethod.Post, "/api/v1/me/bookmarks", new { target = new { symbol = "A/RES/73/27", anchor = "op99" } }));
        Assert.Equal(HttpStatusCode.BadRequest, await alice.StatusAsync(HttpMethod.Get, "/api/v1/me/bookmarks?kind=poem"));
        Assert.Equal(HttpStatusCode.BadRequest, await alice.StatusAsync(HttpMethod.Get, "/api/v1/me/export?format=docx"));
        Assert.Equal(HttpStatusCode.Conflict, await alice.StatusAsync(HttpMethod.Post, "/api/v1/me/bookmarks",
            new { target = new { symbol = "A/RES/73/27", anchor = "op1.6", quote = "knowingly support ICT activity" } }));

        foreach (var (format, type) in new[] { ("csv", "text/csv"), ("bibtex", "application/x-bibtex"), ("ris", "application/x-research-info-systems"), ("csl-json", "application/vnd.citationstyles.csl+json") })
        {
            using var export = await alice.SendAsync(HttpMethod.Get, $"/api/v1/me/export?format={format}", null);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Equal(type, export.Content.Headers.ContentType!.MediaType);
        }

        var openApi = await site.Portal.CreateHttpsClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);
        foreach (var path in new[] { "/api/v1/me/bookmarks", "/api/v1/me/bookmarks/{id}", "/api/v1/me/collections", "/api/v1/me/collections/{id}", "/api/v1/me/export", "/api/v1/me/import" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseData]
    public async Task LibraryPage_AnonymousIsSentToSignIn_AndEachResearcherSeesOnlyTheirOwn(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var alice = await site.SignInAsync("alice", cookie: true);
        var bob = await site.SignInAsync("bob", cookie: true);
        await alice.SendJsonAsync(HttpMethod.Post, "/api/v1/me/bookmarks", new { target = new { norm = "1.6" }, note = "Alice's **private** note" });
        using var anonymous = site.Portal.CreateHttpsClient();

        using var redirected = await anonymous.GetAsync(new Uri("/library", UriKind.Relative), Cancel);
        var alicesPage = await alice.GetStringAsync("/library");
        var bobsPage = await bob.GetStringAsync("/library");

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/account/login", redirected.Headers.Location!.AbsolutePath);
        Assert.Contains("<strong>private</strong> note", alicesPage, StringComparison.Ordinal);
        Assert.Contains("My library", bobsPage, StringComparison.Ordinal);
        Assert.DoesNotContain("private", bobsPage, StringComparison.Ordinal);
    }

    /// <summary>An item route's id parameter and the resource before it: <c>/bookmarks/{id:int}</c>.</summary>
    [GeneratedRegex(@"/(?<resource>[a-z]+)/\{id(:int)?\}")]
    private static partial Regex ItemPath();

    private static async Task<Site> SiteAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            db.Norms.Add(SampleGraph.Norm());
            await db.SaveChangesAsync(Cancel);
        }

        return new Site(database, new PortalFactory(database.Provider.Name, database.ConnectionString));
    }

    /// <summary>A portal over its own database, and the clients signed in to it (the annotation tests use it too).</summary>
    internal sealed class Site(TestDatabase database, PortalFactory portal) : IAsyncDisposable
    {
        private readonly List<HttpClient> _clients = [];

        public PortalFactory Portal => portal;

        /// <summary>A new account, signed in by API: with a bearer token, or with the cookie a browser gets.</summary>
        public async Task<SignedIn> SignInAsync(string who, string? role = null, bool cookie = false)
        {
            var client = portal.CreateHttpsClient();
            _clients.Add(client);
            var (email, password) = (TestPasswords.NewEmail(who), TestPasswords.New());
            (await client.RegisterAsync(email, password)).EnsureSuccessStatusCode();
            if (role is not null)
            {
                using var scope = portal.Services.CreateScope();
                var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
                if (!await roles.RoleExistsAsync(role))
                {
                    Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
                }

                var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
                Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role)).Succeeded);
            }

            using var login = await client.LoginAsync(email, password, useCookies: cookie);
            login.EnsureSuccessStatusCode();
            if (!cookie)
            {
                var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(Cancel);
                client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
            }
            else
            {
                // A cookie client writes as a page's script does: with the antiforgery token its page hands it.
                client.DefaultRequestHeaders.Add(ApiAntiforgery.HeaderName, await AntiforgeryPage.TokenAsync(client, "/library"));
            }

            return new SignedIn(client);
        }

        public async ValueTask DisposeAsync()
        {
            _clients.ForEach(c => c.Dispose());
            await portal.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    /// <summary>A signed-in client's requests.</summary>
    internal sealed class SignedIn(HttpClient client)
    {
        /// <summary>The client itself, for requests that are not JSON (file uploads).</summary>
        public HttpClient Client => client;

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            return await client.SendAsync(request, Cancel);
        }

        public async Task<HttpStatusCode> StatusAsync(HttpMethod method, string path, object? body = null)
        {
            using var response = await SendAsync(method, path, body);
            return response.StatusCode;
        }

        /// <summary>The JSON answer; fails the test on any status but success.</summary>
        public async Task<JsonElement> SendJsonAsync(HttpMethod method, string path, object body)
        {
            using var response = await SendAsync(method, path, body);
            Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }

        public Task<JsonElement> GetJsonAsync(string path) => client.GetJsonAsync(path);

        public Task<string> GetStringAsync(string path) => client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);
    }

    /// <summary>A JSON export without its time of export, whose length varies (fractions of a second).</summary>
    private static string LibraryOf(string export) => export[export.IndexOf("\"collections\"", StringComparison.Ordinal)..];
}
