using System.Net;
using System.Text.Json;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Annotations;

/// <summary>The export of the published annotations as a W3C Web Annotation collection.</summary>
public sealed partial class AnnotationApiTests
{
    private const string Export = Annotations + "/export.jsonld";

    [Theory, DatabaseData]
    public async Task Export_IsAWebAnnotationCollectionOfThePublishedOnes_TargetingAbsolutePermalinks_WithAQuoteSelectorForPassages(DatabaseKind kind)
    {
        await using var site = await SiteAsync(kind);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        using var anonymous = site.Portal.CreateHttpsClient();
        var passage = await admin.SendJsonAsync(HttpMethod.Post, Annotations, new
        {
            target = new { symbol = "A/RES/73/27", anchor = "op1.6", quote = "knowingly support ICT activity", prefix = "should not conduct or", suffix = "contrary" },
            body = "On *knowingly*.",
            status = "published",
        });
        await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { symbol = "A/RES/73/27", anchor = "op1.6" }, body = "On the paragraph.", status = "published" });
        await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { norm = "1.6" }, body = "On the norm.", status = "published" });
        await admin.SendJsonAsync(HttpMethod.Post, Annotations, new { target = new { norm = "1.6" }, body = "Secret draft" });

        using var response = await anonymous.GetAsync(new Uri(Export, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var collection = JsonDocument.Parse(text).RootElement;

        Assert.Equal("http://www.w3.org/ns/anno.jsonld", collection.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", collection.GetProperty("type").GetString());
        Assert.Equal("https://localhost" + Export, collection.GetProperty("id").GetString());
        Assert.Equal(3, collection.GetProperty("total").GetInt32());
        var page = collection.GetProperty("first");
        Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
        Assert.Equal(0, page.GetProperty("startIndex").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            Assert.Equal("Annotation", item.GetProperty("type").GetString());
            Assert.True(Uri.TryCreate(item.GetProperty("id").GetString(), UriKind.Absolute, out _));
            Assert.Equal(("TextualBody", "text/html"), (item.GetProperty("body").GetProperty("type").GetString(), item.GetProperty("body").GetProperty("format").GetString()));
            Assert.StartsWith("https://localhost/", item.GetProperty("target").GetProperty("source").GetString(), StringComparison.Ordinal);
        }

        var onPassage = items.Single(i => i.GetProperty("id").GetString() == $"https://localhost{Annotations}/{passage.GetProperty("id").GetInt32()}");
        Assert.Equal("<p>On <em>knowingly</em>.</p>", onPassage.GetProperty("body").GetProperty("value").GetString()!.Trim());
        var target = onPassage.GetProperty("target");
        Assert.Equal("https://localhost/documents/A/RES/73/27#op1.6", target.GetProperty("source").GetString());
        var selector = target.GetProperty("selector");
        Assert.Equal(("TextQuoteSelector", "knowingly support ICT activity", "should not conduct or", "contrary"),
            (selector.GetProperty("type").GetString(), selector.GetProperty("exact").GetString(), selector.GetProperty("prefix").GetString(), selector.GetProperty("suffix").GetString()));
        Assert.Single(items, i => i.GetProperty("target").GetProperty("source").GetString() == "https://localhost/norms/1.6");
        Assert.Equal(2, items.Count(i => !i.GetProperty("target").TryGetProperty("selector", out _)));
        Assert.DoesNotContain("Secret draft", text, StringComparison.Ordinal);

        var openApi = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);
        Assert.Contains($"\"{Export}\"", openApi, StringComparison.Ordinal);
    }
}
