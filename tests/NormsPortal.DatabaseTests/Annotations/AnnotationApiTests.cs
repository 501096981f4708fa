using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Security;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Annotations;

/// <summary>
/// The annotations API and the pages showing annotations, over the real app signed in for real: an admin, a
/// researcher and an anonymous client, every endpoint and verb; what the public gets is cleaned HTML of published ones only.
/// </summary>
public sealed partial class AnnotationApiTests
{
    private const string Annotations = "/api/v1/annotations";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EveryAdminEndpointAndVerb_AnonymousGets401_ResearcherGets403_AdminIsServed(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        var researcher = await site.SignInAsync("researcher");
        using var anonymous = site.Portal.CreateHttpsClient();
        var id = (await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { norm = "1.6" }, body = "A draft" })).GetProperty("id").GetInt32();

        // In this order each of the admin's requests is valid when it is made: versions 1 to 5.
        (HttpMethod Method, string Path, object? Body)[] adminOnly =
        [
            (HttpMethod.Get, Annotations + "?status=draft", null),
            (HttpMethod.Post, Annotations, new { target = new { symbol = "A/RES/73/27", anchor = "op1.6" }, body = "Another" }),
            (HttpMethod.Put, $"{Annotations}/{id}", new { body = "Changed", status = "draft", version = 1 }),
            (HttpMethod.Get, $"{Annotations}/{id}/revisions", null),
            (HttpMethod.Get, $"{Annotations}/{id}/revisions/diff?from=1&to=2", null),
            (HttpMethod.Post, $"{Annotations}/{id}/revisions/1/restore", new { version = 2 }),
            (HttpMethod.Delete, $"{Annotations}/{id}", null),
            (HttpMethod.Post, $"{Annotations}/{id}/restore", null),
        ];
        foreach (var (method, path, body) in adminOnly)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await anonymous.SendAsync(request, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"anonymous {method} {path}: {(int)response.StatusCode}");
            Assert.True(await researcher.StatusAsync(method, path, body) == HttpStatusCode.Forbidden, $"researcher {method} {path}");
            using var served = await admin.SendAsync(method, path, body);
            Assert.True(served.IsSuccessStatusCode, $"admin {method} {path}: {(int)served.StatusCode} {await served.Content.ReadAsStringAsync(Cancel)}");
        }

        Assert.Equal(5, (await admin.GetJsonAsync($"{Annotations}/{id}")).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.OK, await researcher.StatusAsync(HttpMethod.Get, Annotations));
        using var publicList = await anonymous.GetAsync(new Uri(Annotations, UriKind.Relative), Cancel);
        using var draft = await anonymous.GetAsync(new Uri($"{Annotations}/{id}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, publicList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task PublishedAnnotations_ReachThePublicCleaned_BesideTheirParagraph_AndStaleOrBadWritesAreRefused(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        var hostile = "Norm note, see A/RES/73/27#pp1.\n\n" + string.Join("\n\n", XssPayloads.All);
        var published = await admin.SendJsonAsync(HttpMethod.Post, Annotations,
            new { target = new { symbol = "a/res/73/27", anchor = "op1.6", quote = "knowingly support ICT activity" }, body = hostile, status = "published" });
        await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { norm = "1.6" }, body = "Secret draft" });

        var list = await anonymous.GetJsonAsync(Annotations + "?symbol=A/RES/73/27&anchor=op1.6");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        var html = item.GetProperty("bodyHtml").GetString()!;
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.False(item.TryGetProperty("body", out _));
        Assert.Equal("present", item.GetProperty("place").GetProperty("state").GetString());
        Assert.Equal("A/RES/73/27", item.GetProperty("target").GetProperty("symbol").GetString());
        InertMarkup.Assert(html);
        Assert.Contains("href=\"/documents/A/RES/73/27#pp1\"", html, StringComparison.Ordinal);
        Assert.Equal(0, (await anonymous.GetJsonAsync(Annotations + "?norm=1.5")).GetProperty("total").GetInt32());

        var documentPage = await anonymous.GetStringAsync(new Uri("/documents/A/RES/73/27", UriKind.Relative), Cancel);
        var normPage = await anonymous.GetStringAsync(new Uri("/norms/1.6", UriKind.Relative), Cancel);
        foreach (var page in new[] { documentPage, normPage })
        {
            Assert.Matches(CuratorsNoteLabel(), page);
            Assert.Contains("Norm note, see", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret draft", page, StringComparison.Ordinal);
            InertMarkup.Assert(page[page.IndexOf("Norm note, see", StringComparison.Ordinal)..page.IndexOf("</aside>", page.IndexOf("Norm note, see", StringComparison.Ordinal), StringComparison.Ordinal)]);
        }

        var id = published.GetProperty("id").GetInt32();
        await admin.SendJsonAsync(HttpMethod.Put, $"{Annotations}/{id}", new { body = "First admin", version = 1 });
        using var stale = await admin.SendAsync(HttpMethod.Put, $"{Annotations}/{id}", new { body = "Second admin", version = 1 });
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("First admin", conflict.GetProperty("current").GetProperty("body").GetString());
        Assert.Equal("Second admin", conflict.GetProperty("yours").GetProperty("body").GetString());

        (HttpMethod, string, object?)[] bad =
        [
            (HttpMethod.Post, Annotations, new { target = new { norm = "9.9" }, body = "x" }),
            (HttpMethod.Post, Annotations, new { target = new { query = "due diligence" }, body = "x" }),
            (HttpMethod.Post, Annotations, new { target = new { norm = "1.6" }, body = "x", status = "shown" }),
            (HttpMethod.Put, $"{Annotations}/{id}", new { body = "no version" }),
            (HttpMethod.Get, Annotations + "?status=stale", null),
            (HttpMethod.Get, Annotations + "?pageSize=1000", null),
            (HttpMethod.Get, $"{Annotations}/{id}/revisions/diff?from=1&to=x", null),
        ];
        foreach (var (method, path, body) in bad)
        {
            using var response = await admin.SendAsync(method, path, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        var openApi = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);
        foreach (var path in new[] { Annotations, Annotations + "/{id}", Annotations + "/{id}/restore", Annotations + "/{id}/revisions", Annotations + "/{id}/revisions/diff", Annotations + "/{id}/revisions/{number}/restore" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseData]
    public async Task EveryKnownXssPayload_SavedAsABodyOfItsOwn_ComesOutOfTheApiInert(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        Assert.True(XssPayloads.All.Count >= 50, $"{XssPayloads.All.Count} payloads");
        foreach (var payload in XssPayloads.All)
        {
            await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { norm = "1.6" }, body = payload, status = "published" });
        }

        var items = new List<JsonElement>();
        for (var page = 1; (page - 1) * 100 < XssPayloads.All.Count; page++)
        {
            items.AddRange((await anonymous.GetJsonAsync($"{Annotations}?norm=1.6&pageSize=100&page={page}")).GetProperty("items").EnumerateArray());
        }

        Assert.Equal(XssPayloads.All.Count, items.Count);
        foreach (var item in items)
        {
            InertMarkup.Assert(item.GetProperty("bodyHtml").GetString()!);
        }
    }

    private static async Task<LibraryApiTests.Site> SiteAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            db.Norms.Add(SampleGraph.Norm());
            await db.SaveChangesAsync(Cancel);
        }

        // The admins here sign in by password: whether an admin's session needs a second factor is the admin
        // policy's own matrix, tested with it (Admin:RequireTwoFactor).
        var settings = new Dictionary<string, string> { ["Admin:RequireTwoFactor"] = "false" };
        return new LibraryApiTests.Site(database, new PortalFactory(database.Provider.Name, database.ConnectionString, settings: settings));
    }

    [GeneratedRegex(@"data-testid=""curator-note""[^>]*>\s*<p class=""np-curator-note__label""[^>]*>Curator(&#x27;|&#39;|')s note</p>")]
    private static partial Regex CuratorsNoteLabel();
}
