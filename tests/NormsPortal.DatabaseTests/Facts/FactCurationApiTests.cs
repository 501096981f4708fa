using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Security;
using NormsPortal.Web.Features.Timeline;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Facts;

/// <summary>
/// Curators' corrections to the catalogue over the real app, signed in for real: who may, a fact corrected with its
/// source and history (and found by search under its new title), a stale edit refused with both versions, and a work
/// added that then joins the documents, search and timeline like any other.
/// </summary>
public sealed class FactCurationApiTests
{
    private const string Facts = "/api/v1/facts";
    private const string Documents = "/api/v1/documents";
    private const string Symbol = SampleGraph.Symbol;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task FactEdit_NeedsASource_KeepsHistory_RefusesAStaleVersion_AndSearchFindsTheCorrectedTitle(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        var researcher = await site.SignInAsync("researcher");
        using var anonymous = site.Portal.CreateHttpsClient();
        (HttpMethod Method, string Path, object? Body)[] adminOnly =
        [
            (HttpMethod.Get, $"{Facts}?symbol=a/res/73/27", null),
            (HttpMethod.Put, Facts, new { symbol = Symbol, key = "adoptionMode", value = "recorded vote", source = "A/73/PV.45", verified = false }),
            (HttpMethod.Post, Documents, new { symbol = "A/75/816", kind = "report", title = "Open-ended working group, final substantive report", date = "2021-03-18", source = "https://undocs.org/A/75/816", verified = true }),
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

        var title = Fact(await admin.GetJsonAsync($"{Facts}?symbol={Symbol}"), FactKeys.Title);
        var version = title.GetProperty("version").GetInt64();
        object Edit(string? source, bool verified, string value = "Zebracorn developments in the field of information") =>
            new { symbol = Symbol, key = FactKeys.Title, value, source, verified, version };
        foreach (var bad in new[] { Edit(null, false), Edit("  ", false), Edit("a blog post", verified: true), new { symbol = Symbol, key = FactKeys.Date, value = "5 December", source = "A/73/PV.45", verified = false, version = (long?)null } })
        {
            using var refused = await admin.SendAsync(HttpMethod.Put, Facts, bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        }

        var saved = await admin.SendJsonAsync(HttpMethod.Put, Facts, Edit("https://undocs.org/A/RES/73/27", verified: true));
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt64());
        Assert.True(saved.GetProperty("verified").GetBoolean());
        Assert.Equal("curator", saved.GetProperty("origin").GetString());
        var change = saved.GetProperty("history").EnumerateArray().Last();
        Assert.Equal((title.GetProperty("value").GetString(), "Zebracorn developments in the field of information"),
            (change.GetProperty("oldValue").GetString(), change.GetProperty("newValue").GetString()));
        Assert.EndsWith("@example.org", change.GetProperty("revisedBy").GetString(), StringComparison.Ordinal);

        using var stale = await admin.SendAsync(HttpMethod.Put, Facts, Edit("https://undocs.org/A/RES/73/27", verified: true, value: "Second admin's title"));
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Zebracorn developments in the field of information", conflict.GetProperty("current").GetProperty("value").GetString());
        Assert.Equal("Second admin's title", conflict.GetProperty("yours").GetProperty("value").GetString());

        var found = await admin.GetJsonAsync("/api/v1/search?q=zebracorn");
        Assert.Contains(Symbol, found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        Assert.Equal("Zebracorn developments in the field of information", (await anonymous.GetJsonAsync($"{Documents}/{Symbol}")).GetProperty("title").GetString());
        var audit = await admin.GetJsonAsync("/api/v1/audit?target=fact");
        var revised = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "fact.revised");
        Assert.Contains("Zebracorn", revised.GetProperty("after").GetRawText(), StringComparison.Ordinal);
        Assert.Contains(title.GetProperty("value").GetString()!, revised.GetProperty("before").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync(HttpMethod.Get, $"{Facts}?symbol=A/RES/99/999"));
    }

    [Theory, DatabaseData]
    public async Task AddWork_IsListedFoundAndOnTheTimeline_AndAHeldOrMalformedSymbolIsRefused(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        var report = new
        {
            symbol = " a/76/135 ",
            kind = "report",
            title = "Report of the Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace",
            date = "2021-07-14",
            source = "https://undocs.org/A/76/135",
            verified = true,
            endorsedBy = "a/res/76/19",
        };

        using var created = await admin.SendAsync(HttpMethod.Post, Documents, report);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/documents/A/76/135", created.Headers.Location!.OriginalString);
        var documents = await anonymous.GetJsonAsync($"{Documents}?kind=report");
        Assert.Contains("A/76/135", documents.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        var found = await anonymous.GetJsonAsync("/api/v1/search?q=advancing");
        Assert.Contains("A/76/135", found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        var document = await anonymous.GetJsonAsync($"{Documents}/A/76/135");
        Assert.Equal((2021, 76), (DateOnly.Parse(document.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Year, document.GetProperty("session").GetInt32()));
        var page = await anonymous.GetStringAsync(new Uri("/documents/A/76/135", UriKind.Relative), Cancel);
        Assert.Contains("https://undocs.org/A/76/135", page, StringComparison.Ordinal);
        var timeline = await site.Portal.Services.GetRequiredService<ITimelineQuery>().LoadAsync(Cancel);
        Assert.Contains(timeline.Reports, r => (r.Symbol, r.Title, r.EndorsedBy) == ("A/76/135", report.title, "A/RES/76/19"));

        using var again = await admin.SendAsync(HttpMethod.Post, Documents, report with { symbol = "A/76/135" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("A/76/135", (await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("current").GetProperty("symbol").GetString());
        foreach (var bad in new[] { report with { symbol = "not a symbol" }, report with { kind = "treaty" }, report with { source = "" }, report with { endorsedBy = "A/RES/99/999" }, report with { date = "July 2021" } })
        {
            using var refused = await admin.SendAsync(HttpMethod.Post, Documents, bad with { symbol = bad.symbol == report.symbol ? "A/77/275" : bad.symbol });
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{JsonSerializer.Serialize(bad)}: {(int)refused.StatusCode}");
        }

        using var notAdded = await anonymous.GetAsync(new Uri($"{Documents}/A/77/275", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notAdded.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task EveryKnownXssPayload_SavedAsAFactAndItsSource_IsKeptAsTextAndServedInert(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        // The adoption meeting: a fact the document page shows with its source (curators' notes never reach a page).
        var held = (await admin.GetJsonAsync($"{Facts}?symbol={Symbol}")).GetProperty("facts").EnumerateArray()
            .Where(f => f.GetProperty("key").GetString() == FactKeys.Meeting).ToList();
        long? version = held.Count == 0 ? null : held[0].GetProperty("version").GetInt64();
        foreach (var payload in XssPayloads.All)
        {
            var saved = await admin.SendJsonAsync(HttpMethod.Put, Facts, new { symbol = Symbol, key = FactKeys.Meeting, value = payload, source = payload, verified = false, version });
            version = saved.GetProperty("version").GetInt64();
        }

        // Kept as the curator wrote it, as text: a JSON string is data, and every page encodes it.
        var meeting = Fact(await admin.GetJsonAsync($"{Facts}?symbol={Symbol}"), FactKeys.Meeting);
        Assert.Equal(
            XssPayloads.All.Skip(held.Count == 0 ? 1 : 0).Select(p => p.Trim()),
            meeting.GetProperty("history").EnumerateArray().Select(change => change.GetProperty("newSource").GetString()));
        var page = await anonymous.GetStringAsync(new Uri($"/documents/{Symbol}", UriKind.Relative), Cancel);
        var provenance = page[page.IndexOf("data-testid=\"provenance\"", StringComparison.Ordinal)..page.IndexOf("</section>", page.IndexOf("data-testid=\"provenance\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        InertMarkup.Assert(provenance);
        var shown = new HtmlParser().ParseDocument("<!doctype html><body><section " + provenance).Body!.TextContent;
        Assert.Contains(XssPayloads.All[^1].Trim(), shown, StringComparison.Ordinal);
    }

    private static JsonElement Fact(JsonElement work, string key) =>
        work.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    /// <summary>The sample 73/27 (with its norm 1.6) and 76/19 in a portal whose admins sign in by password.</summary>
    internal static async Task<LibraryApiTests.Site> SiteAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            db.Works.Add(new Work { Symbol = "A/RES/76/19", Kind = WorkKind.GaResolution, Session = 76 });
            db.Norms.Add(SampleGraph.Norm());
            await db.SaveChangesAsync(Cancel);
        }

        // Admins here sign in by password: the second factor is the admin policy's own matrix (Admin:RequireTwoFactor).
        var settings = new Dictionary<string, string> { ["Admin:RequireTwoFactor"] = "false" };
        return new LibraryApiTests.Site(database, new PortalFactory(database.Provider.Name, database.ConnectionString, settings: settings));
    }
}
