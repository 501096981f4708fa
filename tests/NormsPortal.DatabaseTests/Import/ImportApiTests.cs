using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.UnText;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport;
using NormsPortal.TestSupport.Import;
using NormsPortal.Web.Features.Import;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>
/// Importing from the browser's API on each provider, with one app host: a preview stores nothing and shows the
/// parse; the commit stores exactly the input previewed and is audited; a re-import's preview shows the paragraphs
/// that change, the annotations it would orphan and how many bookmarks would lose their place; files over a limit
/// and hostile files are refused with the command's words, as 400 ProblemDetails.
/// </summary>
public sealed class ImportApiTests
{
    private const string Symbol = "A/C.1/73/L.27/Rev.1";
    private const string SeedTextName = "A_C.1_73_L.27_Rev.1.txt";
    private const string Reworded = "considerable progress has been achieved in developing and applying";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportApi_PreviewStoresNothing_CommitStoresWhatWasPreviewed_ReimportShowsItsImpact_LimitsAndHostileFilesRefused(DatabaseKind kind)
    {
        var seedText = await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, SeedTextName), Cancel);
        var seed = UnTextParser.Parse(seedText, Symbol, SeedTextName);
        var pdf = UnPdfLayout.Build(seedText, Symbol, "18-18962");
        int pages;
        using (var opened = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            pages = opened.NumberOfPages;
        }

        var database = await TestDatabase.CreateAsync(kind);
        var settings = new Dictionary<string, string>
        {
            ["Admin:RequireTwoFactor"] = "false",
            ["Import:Files:MaxFileBytes"] = (3 * pdf.Length).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Import:Files:MaxPdfPages"] = pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Import:Files:MaxWordEntries"] = "40",
        };
        await using var site = new LibraryApiTests.Site(database, new PortalFactory(database.Provider.Name, database.ConnectionString, settings: settings));
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        var researcher = await site.SignInAsync("researcher");
        using var anonymous = site.Portal.CreateHttpsClient();
        var client = admin.Client;

        using (var refused = await anonymous.PostAsync(new Uri("/api/v1/imports/preview", UriKind.Relative), Upload(pdf, "A_C.1_73_L.27_Rev.1.pdf"), Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, await researcher.StatusAsync(HttpMethod.Post, "/api/v1/imports/preview", new { text = seedText, symbol = Symbol }));

        // The preview of the UN's PDF is the seed's parse, and stores nothing.
        var preview = await PostAsync(client, "/api/v1/imports/preview", Upload(pdf, "A_C.1_73_L.27_Rev.1.pdf"));
        var document = Assert.Single(preview.GetProperty("documents").EnumerateArray());
        Assert.Equal("pdf", preview.GetProperty("format").GetString());
        Assert.Equal("imported", document.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("changes").ValueKind);
        Assert.Equal(
            seed.Provisions.SelectMany(p => p.SelfAndDescendants()).Select(p => (p.Anchor, p.Text)),
            document.GetProperty("paragraphs").EnumerateArray().Select(p => (p.GetProperty("anchor").GetString()!, p.GetProperty("text").GetString()!)));
        Assert.Equal(seed.Footnotes.Select(f => f.Anchor), document.GetProperty("footnotes").EnumerateArray().Select(f => f.GetProperty("anchor").GetString()));
        Assert.Equal(seed.Title, document.GetProperty("facts").GetProperty("title").GetString());
        Assert.NotEmpty(document.GetProperty("crossReferences").EnumerateArray());
        Assert.All(document.GetProperty("repairs").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("code").GetString())));
        await using (var db = database.CreateContext())
        {
            Assert.False(await db.Works.AnyAsync(w => w.Symbol == Symbol, Cancel));
        }

        // The commit takes only the input previewed.
        using (var unpreviewed = await client.PostAsync(new Uri("/api/v1/imports", UriKind.Relative), Upload(pdf, "A_C.1_73_L.27_Rev.1.pdf"), Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unpreviewed.StatusCode);
        }

        var committed = await PostAsync(client, "/api/v1/imports", Upload(pdf, "A_C.1_73_L.27_Rev.1.pdf", preview.GetProperty("previewed").GetString()));
        Assert.Equal("imported", committed.GetProperty("documents")[0].GetProperty("outcome").GetString());
        await using (var db = database.CreateContext())
        {
            Assert.Equal(seed.AllProvisions().Count(), await db.Provisions.CountAsync(p => p.Expression.Work.Symbol == Symbol, Cancel));
            Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == ImportActions.Committed, Cancel));
        }

        // A re-import of pasted text with one paragraph reworded: its annotation would be orphaned, a bookmark lost.
        var changed = seed.Provisions.SelectMany(p => p.SelfAndDescendants()).Single(p => p.Text.Contains(Reworded, StringComparison.Ordinal));
        var annotation = (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/annotations",
            new { target = new { symbol = Symbol, anchor = changed.Anchor }, body = "On progress", status = "published" })).GetProperty("id").GetInt32();
        await researcher.SendJsonAsync(HttpMethod.Post, "/api/v1/me/bookmarks", new { target = new { symbol = Symbol, anchor = changed.Anchor, quote = "considerable progress" } });
        var rewordedText = seedText.Replace(Reworded, "little has been done about", StringComparison.Ordinal);
        var reimport = await PostAsync(client, "/api/v1/imports/preview", JsonContent.Create(new { text = rewordedText, symbol = Symbol }));
        var impact = reimport.GetProperty("documents")[0];
        Assert.Equal("updated", impact.GetProperty("outcome").GetString());
        var change = Assert.Single(impact.GetProperty("changes").EnumerateArray());
        Assert.Equal(changed.Anchor, change.GetProperty("right").GetProperty("anchor").GetString());
        Assert.Equal("annotation " + annotation, Assert.Single(impact.GetProperty("annotationsOrphaned").EnumerateArray()).GetProperty("location").GetString());
        Assert.Equal(1, impact.GetProperty("bookmarksLost").GetInt32());
        await using (var db = database.CreateContext())
        {
            Assert.Null((await db.Annotations.SingleAsync(a => a.Id == annotation, Cancel)).OrphanedAt);
        }

        // Over a limit, or hostile: 400 with the command's words.
        var tooLong = seedText.Replace(Reworded, new string('x', 3 * pdf.Length), StringComparison.Ordinal);
        await AssertRefusedAsync(client, JsonContent.Create(new { text = tooLong, symbol = Symbol }), "Import:Files:MaxFileBytes");
        await AssertRefusedAsync(client, Upload(UnPdfLayout.Build(seedText + "\f" + seedText, Symbol, "18-18962"), "A_C.1_73_L.27_Rev.1.pdf"), "Import:Files:MaxPdfPages");
        await AssertRefusedAsync(client, Upload(ZipOfEntries(41), "A_C.1_73_L.27_Rev.1.docx"), "Import:Files:MaxWordEntries");
        await AssertRefusedAsync(client, Upload(pdf[..(pdf.Length / 2)], "A_C.1_73_L.27_Rev.1.pdf"), "A_C.1_73_L.27_Rev.1.pdf");
        await AssertRefusedAsync(client, JsonContent.Create(new { text = "Hello", symbol = "not a symbol" }), "symbol");

        var openApi = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);
        Assert.Contains("\"/api/v1/imports/preview\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/imports\"", openApi, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Upload(byte[] file, string name, string? previewed = null)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { content, "file", name } };
        if (previewed is not null)
        {
            form.Add(new StringContent(previewed), "previewed");
        }

        return form;
    }

    /// <summary>A zip with a Word file's content types part and many empty parts: more entries than the limit allows.</summary>
    private static byte[] ZipOfEntries(int count)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"word/part{i}.xml");
            }
        }

        return buffer.ToArray();
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, HttpContent content)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task AssertRefusedAsync(HttpClient client, HttpContent content, string named)
    {
        using var response = await client.PostAsync(new Uri("/api/v1/imports/preview", UriKind.Relative), content, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains(named, body, StringComparison.Ordinal);
    }
}
