using System.Text.Json;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Annotations;

/// <summary>A published annotation found by search over HTTP: the API and the search page link to where it is shown.</summary>
public sealed partial class AnnotationApiTests
{
    [Theory, DatabaseData]
    public async Task Search_OverHttp_FindsAPublishedAnnotation_AsAnAnnotationLinkedToItsParagraph_InTheApiAndOnThePage(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { symbol = "A/RES/73/27", anchor = "op1.6" }, body = "Quokkas *read* it narrowly.", status = "published" });

        using var api = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/api/v1/search?q=quokka", UriKind.Relative), Cancel));
        var page = await anonymous.GetStringAsync(new Uri("/search?q=quokka", UriKind.Relative), Cancel);

        var hit = Assert.Single(Assert.Single(api.RootElement.GetProperty("items").EnumerateArray()).GetProperty("paragraphs").EnumerateArray());
        Assert.True(hit.GetProperty("annotation").GetBoolean());
        Assert.Equal("/documents/A/RES/73/27?lang=en#op1.6", hit.GetProperty("url").GetString());
        Assert.Equal("<mark>Quokkas</mark> read it narrowly.", hit.GetProperty("snippetHtml").GetString());
        Assert.Contains(api.RootElement.GetProperty("facets").GetProperty("kind").EnumerateArray(), f => f.GetProperty("filter").GetString() == "kind:annotation" && f.GetProperty("count").GetInt32() == 1);
        Assert.Contains("href=\"/documents/A/RES/73/27?lang=en#op1.6\"", page, StringComparison.Ordinal);
        Assert.Contains("note on paragraph 1.6", page, StringComparison.Ordinal);
    }
}
