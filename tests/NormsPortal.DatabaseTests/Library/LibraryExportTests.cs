using System.Text;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Library;
using static NormsPortal.DatabaseTests.Library.LibraryUnderTest;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>The library leaves as files (CSV, JSON, CSL-JSON, BibTeX, RIS) and its JSON comes back without loss.</summary>
public sealed class LibraryExportTests
{
    private static readonly Uri s_site = new("https://portal.example/");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ExportJson_ImportedIntoAnotherLibrary_AddsEverything_AndAgainAddsNothing(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        await FillAsync(library);
        var file = await library.Export.RenderAsync(Alice, LibraryExport.Json, null, s_site, Cancel);
        var document = JsonSerializer.Deserialize<LibraryDocument>(file.Content, JsonSerializerOptions.Web);

        var first = await library.Import.ImportAsync(Bob, document, Cancel);
        var again = await library.Import.ImportAsync(Bob, document, Cancel);
        var intoAlices = await library.Import.ImportAsync(Alice, document, Cancel);

        Assert.Equal((4, 0, 2, 0, ""), Counts(first.Report));
        Assert.Equal((0, 4, 0, 2, ""), Counts(again.Report));
        Assert.Equal((0, 4, 0, 2, ""), Counts(intoAlices.Report));
        var alices = await library.Service.AllBookmarksAsync(Alice, null, Cancel);
        var bobs = await library.Service.AllBookmarksAsync(Bob, null, Cancel);
        var bobsCollections = (await library.Service.ListCollectionsAsync(Bob, Cancel)).ToDictionary(c => c.Id, c => c.Name);
        var alicesCollections = (await library.Service.ListCollectionsAsync(Alice, Cancel)).ToDictionary(c => c.Id, c => c.Name);
        Assert.Equal(
            alices.Select(b => (JsonSerializer.Serialize(b.Target), b.Note, string.Join(",", b.Tags), string.Join(",", b.Collections.Select(id => alicesCollections[id])))),
            bobs.Select(b => (JsonSerializer.Serialize(b.Target), b.Note, string.Join(",", b.Tags), string.Join(",", b.Collections.Select(id => bobsCollections[id])))));
        Assert.Equal(
            (await library.Service.ListCollectionsAsync(Alice, Cancel)).Select(c => (c.Name, c.Description, c.Count)),
            (await library.Service.ListCollectionsAsync(Bob, Cancel)).Select(c => (c.Name, c.Description, c.Count)));
    }

    [Theory, DatabaseData]
    public async Task Import_NotALibraryExport_IsRefused(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var (report, problem) = await library.Import.ImportAsync(Alice, new LibraryDocument("zotero", 1, DateTime.UtcNow, [], []), Cancel);
        Assert.Null(report);
        Assert.Contains("not a library export", problem, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ExportCsv_ParsesAsOneRowPerBookmark_WithNotesAndCollections(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        await FillAsync(library);
        var file = await library.Export.RenderAsync(Alice, LibraryExport.Csv, null, s_site, Cancel);

        using var parser = new TextFieldParser(new MemoryStream(file.Content), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        Assert.Equal(["norm", "passage", "work", "search"], rows.Select(r => r["Kind"]));
        Assert.Equal("Line one, \"quoted\"\nline two", rows[0]["Note"]);
        Assert.Equal("Thesis; Course", rows[0]["Collections"]);
        Assert.Equal(Quote, rows[1]["Quote"]);
        Assert.Equal("present", rows[1]["Place"]);
    }

    [Theory, DatabaseData]
    public async Task ExportCitations_CarryPinpointsAndNotes_AndLeaveSearchesOut(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var (_, thesis) = await FillAsync(library);

        var csl = await library.Export.RenderAsync(Alice, "csl-json", null, s_site, Cancel);
        var items = JsonDocument.Parse(csl.Content).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(["A/RES/73/27#op1.6", "A/RES/73/27#op1.6-2", "A/70/174"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("para. 1.6", items[0].GetProperty("section").GetString());
        Assert.Equal("Line one, \"quoted\"\nline two", items[0].GetProperty("note").GetString());
        Assert.StartsWith("“" + Quote + "”", items[1].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://portal.example/documents/A/RES/73/27#op1.6", items[0].GetProperty("URL").GetString());

        var bibtex = Encoding.UTF8.GetString((await library.Export.RenderAsync(Alice, "bibtex", null, s_site, Cancel)).Content);
        Assert.Equal(3, bibtex.Split("\n@", StringSplitOptions.None).Length);
        Assert.Contains("@misc{A-RES-73-27_op1.6-2,", bibtex, StringComparison.Ordinal);
        Assert.Contains("annote = {Line one, \"quoted\" line two}", bibtex, StringComparison.Ordinal);
        Assert.Contains("note = {para. 1.6}", bibtex, StringComparison.Ordinal);

        var ris = Encoding.UTF8.GetString((await library.Export.RenderAsync(Alice, "ris", thesis.Id, s_site, Cancel)).Content);
        Assert.Equal(2, ris.Split("ER  - \r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("N1  - Line one, \"quoted\" line two\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("SE  - para. 1.6\r\n", ris, StringComparison.Ordinal);
    }

    private static (int, int, int, int, string) Counts(LibraryImportReport? report) =>
        (report!.BookmarksAdded, report.BookmarksSkipped, report.CollectionsAdded, report.CollectionsSkipped, string.Join(" ", report.Problems));

    /// <summary>Alice's library: norm 1.6 (a note of two lines, in both collections), a passage, a report (in the thesis) and a search.</summary>
    private static async Task<(CollectionDto Course, CollectionDto Thesis)> FillAsync(LibraryUnderTest library)
    {
        var thesis = await library.CollectionAsync(Alice, "Thesis", "Chapter 2");
        var course = await library.CollectionAsync(Alice, "Course");
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "Line one, \"quoted\"\nline two", tags: ["ci", "norms"], collections: [thesis.Id, course.Id]);
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = Quote, Prefix = "conduct or", Suffix = "contrary" }, note: "Knowledge.");
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/70/174" }, collections: [thesis.Id]);
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Query = "due diligence", Filters = new Dictionary<string, string> { ["kind"] = "report" } }, tags: ["search"]);
        return (course, thesis);
    }
}
