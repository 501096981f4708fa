using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using NormsPortal.Web.Components.Library;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Library;

public sealed class LibraryTransferTests : LibraryComponentTestBase
{
    [Fact]
    public void Links_DownloadEveryFormat_OfTheLibraryOrOfTheCollectionShown()
    {
        SignInAda();

        var whole = Render<LibraryTransfer>();
        var oneCollection = Render<LibraryTransfer>(p => p.Add(t => t.Collection, 7).Add(t => t.CollectionName, "Critical infrastructure"));

        Assert.Equal(
            LibraryExport.FormatNames.Select(f => $"/api/v1/me/export?format={f}"),
            whole.FindAll("[data-testid=export-links] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["CSV", "JSON", "CSL-JSON", "BibTeX", "RIS"], whole.FindAll("[data-testid=export-links] a").Select(a => a.TextContent));
        Assert.All(whole.FindAll("[data-testid=export-links] a"), a => Assert.True(a.HasAttribute("download")));
        Assert.Equal("/api/v1/me/export?format=bibtex&collection=7", oneCollection.Find("[data-testid=export-bibtex]").GetAttribute("href"));
        Assert.Contains("“Critical infrastructure”", oneCollection.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingAnExport_AddsWhatIsMissing_ReportsIt_AndReloadsThePage()
    {
        SignInAda();
        await SaveAsync(new BookmarkTargetDto { Norm = "1.6" }, note: "Mine already");
        var export = new LibraryDocument(LibraryDocument.FormatName, LibraryDocument.CurrentVersion, DateTime.UtcNow, [], [
            ExportedBookmark(new BookmarkTargetDto { Norm = "1.6" }, "From the file"),
            ExportedBookmark(new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6" }, "A paragraph"),
        ]);
        var page = Render<LibraryPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=bookmark]")));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(JsonSerializer.Serialize(export, JsonSerializerOptions.Web), "library.json"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=bookmark]").Count));
        Assert.Contains("Added 1 bookmark", page.Find("[data-testid=import-report]").TextContent, StringComparison.Ordinal);
        Assert.Contains("skipped 1 bookmark", page.Find("[data-testid=import-report]").TextContent, StringComparison.Ordinal);
        var (items, _) = await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("Mine already", items.Single(b => b.Target.Norm == "1.6").Note);
    }

    [Theory]
    [InlineData("not json at all", "This file is not JSON")]
    [InlineData("{\"format\":\"something-else\"}", "This is not a library export")]
    public async Task ImportingAnythingElse_SaysWhy_AndChangesNothing(string content, string message)
    {
        SignInAda();
        var transfer = Render<LibraryTransfer>();

        transfer.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(content, "notes.json"));

        transfer.WaitForAssertion(() => Assert.StartsWith(message, transfer.Find("[data-testid=import-problem]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, (await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken)).Total);
    }

    private static BookmarkDto ExportedBookmark(BookmarkTargetDto target, string note) =>
        new(0, 1, target, note, [], [], DateTime.UtcNow, DateTime.UtcNow, "", "", null);
}
