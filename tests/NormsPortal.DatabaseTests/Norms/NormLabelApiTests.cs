using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Facts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Norms;

/// <summary><c>PUT /api/v1/norms/{number}</c> over the real app: admins only, versioned, audited, and found by search under its new label.</summary>
public sealed class NormLabelApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task NormLabel_AdminsOnly_StaleVersionGets409_AndSearchFindsTheNewLabel(DatabaseKind kind)
    {
        await using var site = await FactCurationApiTests.SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        var researcher = await site.SignInAsync("researcher");
        using var anonymous = site.Portal.CreateHttpsClient();
        var version = (await anonymous.GetJsonAsync("/api/v1/norms/1.6")).GetProperty("version").GetInt64();
        var change = new { label = "Protect the wombat infrastructure", version };

        using (var response = await anonymous.PutAsJsonAsync("/api/v1/norms/1.6", change, Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, await researcher.StatusAsync(HttpMethod.Put, "/api/v1/norms/1.6", change));
        var saved = await admin.SendJsonAsync(HttpMethod.Put, "/api/v1/norms/1.6", change);
        Assert.Equal(("Protect the wombat infrastructure", version + 1), (saved.GetProperty("label").GetString(), saved.GetProperty("version").GetInt64()));

        using var stale = await admin.SendAsync(HttpMethod.Put, "/api/v1/norms/1.6", change with { label = "Second admin's label" });
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Protect the wombat infrastructure", conflict.GetProperty("current").GetProperty("label").GetString());
        Assert.Equal("Second admin's label", conflict.GetProperty("yours").GetProperty("label").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, await admin.StatusAsync(HttpMethod.Put, "/api/v1/norms/1.6", new { label = " ", version = version + 1 }));
        Assert.Equal(HttpStatusCode.BadRequest, await admin.StatusAsync(HttpMethod.Put, "/api/v1/norms/x", change));
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync(HttpMethod.Put, "/api/v1/norms/1.14", change));

        var found = await anonymous.GetJsonAsync("/api/v1/search?q=wombat");
        Assert.Contains("A/RES/73/27", found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        var audit = await admin.GetJsonAsync("/api/v1/audit?target=norm");
        Assert.Contains("wombat", Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("after").GetRawText(), StringComparison.Ordinal);
    }
}
