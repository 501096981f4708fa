using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Norms;

/// <summary>
/// Curating a norm over the real app: its themes (validated, versioned, audited, shown and found by search), the
/// curators' links to later paragraphs (curated steps of its lineage, in date order, with their relation), and their
/// decisions on the steps the reuse index found (confirmed, or hidden from the public but not from admins).
/// </summary>
public sealed class NormCurationApiTests
{
    private const string Norm = "/api/v1/norms/1.6";
    private const string Later = "A/RES/76/19";
    private const string HeldWithoutText = "A/78/265";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Themes_AreValidated_Versioned_Audited_Listed_AndFoundBySearch(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        var version = (await anonymous.GetJsonAsync(Norm)).GetProperty("version").GetInt64();
        string[] tooMany = [.. Enumerable.Range(1, 13).Select(i => $"theme {i}")];
        foreach (var bad in new object[] { new[] { " " }, new[] { new string('x', 61) }, new[] { "Supply chain", "supply CHAIN" }, tooMany })
        {
            using var refused = await admin.SendAsync(HttpMethod.Put, Norm, new { themes = bad, version });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        }

        var saved = await admin.SendJsonAsync(HttpMethod.Put, Norm, new { themes = new[] { " critical infrastructure ", "Quokkas" }, version });

        Assert.Equal(["critical infrastructure", "Quokkas"], saved.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal((version + 1, "Do not damage critical infrastructure"), (saved.GetProperty("version").GetInt64(), saved.GetProperty("label").GetString()));
        using var stale = await admin.SendAsync(HttpMethod.Put, Norm, new { themes = new[] { "human rights" }, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Quokkas", (await stale.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("current").GetProperty("themes")[1].GetString());
        var listed = (await anonymous.GetJsonAsync("/api/v1/norms")).GetProperty("items").EnumerateArray().Single(n => n.GetProperty("number").GetString() == "1.6");
        Assert.Equal(2, listed.GetProperty("themes").GetArrayLength());
        Assert.Contains("Quokkas", await anonymous.GetStringAsync(new Uri("/norms/1.6", UriKind.Relative), Cancel), StringComparison.Ordinal);
        var found = await anonymous.GetJsonAsync("/api/v1/search?q=quokkas");
        Assert.Contains(SampleGraph.Symbol, found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        var audit = Assert.Single((await admin.GetJsonAsync("/api/v1/audit?target=norm")).GetProperty("items").EnumerateArray());
        Assert.Equal("norm.revised", audit.GetProperty("action").GetString());
        Assert.Contains("Quokkas", audit.GetProperty("after").GetRawText(), StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Links_AreCuratedStepsInDateOrder_AndCuratorsConfirmOrHideComputedSteps(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        var researcher = await site.SignInAsync("researcher");
        using var anonymous = site.Portal.CreateHttpsClient();
        var develops = new { symbol = Later.ToLowerInvariant(), anchor = "op2", relation = "develops", note = "Adds the due-diligence reading." };
        Assert.Equal(HttpStatusCode.Forbidden, await researcher.StatusAsync(HttpMethod.Post, $"{Norm}/links", develops));
        foreach (var (bad, named) in new[] { (develops with { anchor = "op99" }, "op99"), (develops with { symbol = "A/RES/99/1" }, "A/RES/99/1"), (develops with { relation = "inspires" }, "restates") })
        {
            using var refused = await admin.SendAsync(HttpMethod.Post, $"{Norm}/links", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(named, (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var link = await admin.SendJsonAsync(HttpMethod.Post, $"{Norm}/links", develops);
        await admin.SendJsonAsync(HttpMethod.Post, $"{Norm}/links", new { symbol = HeldWithoutText, anchor = "op34", relation = "restates" });
        var linkPath = $"{Norm}/links/{link.GetProperty("id").GetInt32()}";
        var version = link.GetProperty("version").GetInt64();
        var changed = await admin.SendJsonAsync(HttpMethod.Put, linkPath, new { develops.symbol, develops.anchor, develops.relation, note = "Reads due diligence into it.", version });

        var steps = await StepsAsync(anonymous);
        Assert.Equal(
            [("A/70/174", "curated", (string?)null), (SampleGraph.Symbol, "curated", null), (Later, "curated", "develops"), (Later, "computed", null), (HeldWithoutText, "curated", "restates")],
            steps.Select(s => (s.GetProperty("symbol").GetString(), s.GetProperty("origin").GetString(), s.GetProperty("relation").GetString())));
        Assert.Equal("not-held", steps[4].GetProperty("wording").GetString());
        Assert.Equal(("modified", true), (steps[2].GetProperty("wording").GetString(), steps[2].GetProperty("verified").GetBoolean()));

        Assert.Equal(("Reads due diligence into it.", version + 1), (changed.GetProperty("note").GetString(), changed.GetProperty("version").GetInt64()));
        using (var stale = await admin.SendAsync(HttpMethod.Put, linkPath, new { symbol = Later, anchor = "op2", relation = "refers", version }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        var computed = new { symbol = Later, anchor = "pp9" };
        await admin.SendJsonAsync(HttpMethod.Put, $"{Norm}/lineage/steps", new { computed.symbol, computed.anchor, decision = "confirmed" });
        Assert.True(Step(await StepsAsync(anonymous), "pp9").GetProperty("verified").GetBoolean());
        await admin.SendJsonAsync(HttpMethod.Put, $"{Norm}/lineage/steps", new { computed.symbol, computed.anchor, decision = "hidden" });
        Assert.DoesNotContain(await StepsAsync(anonymous), s => s.GetProperty("anchor").GetString() == "pp9");
        Assert.True(Step(await StepsAsync(admin.Client), "pp9").GetProperty("hidden").GetBoolean());
        Assert.DoesNotContain("data-anchor=\"pp9\"", await anonymous.GetStringAsync(new Uri("/norms/1.6", UriKind.Relative), Cancel), StringComparison.Ordinal);
        await admin.SendJsonAsync(HttpMethod.Put, $"{Norm}/lineage/steps", new { computed.symbol, computed.anchor, decision = (string?)null });
        Assert.False(Step(await StepsAsync(anonymous), "pp9").GetProperty("hidden").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, await admin.StatusAsync(HttpMethod.Delete, linkPath));
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync(HttpMethod.Delete, linkPath));
        Assert.Single((await anonymous.GetJsonAsync($"{Norm}/links")).EnumerateArray());
        var audit = (await admin.GetJsonAsync("/api/v1/audit?target=norm")).GetProperty("items").EnumerateArray();
        Assert.Equal(
            [("norm.link-added", 2), ("norm.link-changed", 1), ("norm.link-removed", 1), ("norm.step-reviewed", 3)],
            audit.GroupBy(e => e.GetProperty("action").GetString()!).Select(g => (g.Key, g.Count())).OrderBy(a => a.Key, StringComparer.Ordinal));
    }

    private static async Task<List<JsonElement>> StepsAsync(HttpClient client) =>
        [.. (await client.GetJsonAsync($"{Norm}/lineage")).GetProperty("steps").EnumerateArray()];

    private static JsonElement Step(IEnumerable<JsonElement> steps, string anchor) => steps.Single(s => s.GetProperty("anchor").GetString() == anchor);

    /// <summary>
    /// The sample 73/27 with its norm 1.6; 76/19, later, with a paragraph restating the norm's words (a computed step)
    /// and one developing it; and 78/265, held without its text. Admins sign in by password here.
    /// </summary>
    private static async Task<LibraryApiTests.Site> SiteAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            db.Norms.Add(SampleGraph.Norm());
            var later = new Work { Symbol = Later, Kind = WorkKind.GaResolution, Session = 76, Date = new DateOnly(2021, 12, 6) };
            var english = new Expression { Language = "en", Source = "A_RES_76_19.txt", SourceFormat = "un-text" };
            english.Provisions.Add(new Provision
            {
                Kind = ProvisionKind.Preamble,
                Anchor = "pp9",
                Ordinal = 1,
                Text = "Recalling that a State should not conduct or knowingly support ICT activity contrary to its obligations under international law …",
            });
            english.Provisions.Add(new Provision
            {
                Kind = ProvisionKind.Operative,
                Number = "2",
                Anchor = "op2",
                Ordinal = 2,
                Text = "Calls upon States to exercise due diligence so that no ICT activity contrary to international law is knowingly supported from their territory;",
            });
            later.Expressions.Add(english);
            db.Works.Add(later);
            db.Works.Add(new Work { Symbol = HeldWithoutText, Kind = WorkKind.Report, Date = new DateOnly(2023, 7, 28), OfficialUrl = "https://undocs.org/A/78/265" });
            await db.SaveChangesAsync(Cancel);
        }

        var settings = new Dictionary<string, string> { ["Admin:RequireTwoFactor"] = "false" };
        return new LibraryApiTests.Site(database, new PortalFactory(database.Provider.Name, database.ConnectionString, settings: settings));
    }
}
