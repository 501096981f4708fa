using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.Data.Import.UnText;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport;
using NormsPortal.TestSupport.Import;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// The curation issue's journey in one browser session: an admin signed in with a second factor imports the
/// UN's PDF of the seed draft (its preview is the seed's parse), writes a note on norm 1.6, previews and
/// publishes it; a reader sees it beside op1.6 of 73/27 and finds it by search; a second admin session's save
/// makes the first one's stale, which shows the conflict; and the audit log shows all of it.
/// </summary>
public sealed partial class CuratorJourneyTests(PortalFixture portal)
{
    private const string SeedSymbol = "A/C.1/73/L.27/Rev.1";
    private const string SeedTextName = "A_C.1_73_L.27_Rev.1.txt";

    [Fact]
    public async Task Admin_ImportsAPdf_PublishesANoteOnNorm16_ReaderSeesIt_AStaleEditShowsTheConflict_AndTheAuditLogShowsIt()
    {
        var admin = await portal.AdminAsync();
        await using var first = await portal.NewContextAsync();
        var editor = new AnnotationPages(await first.NewPageAsync());
        await new AccountPages(editor.Page).SignInAsAdminAsync(admin);

        // The import: the preview of the PDF is what the seed's own text parses to, and committing stores it.
        var seedText = await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, SeedTextName), TestContext.Current.CancellationToken);
        var expected = UnTextParser.Parse(seedText, SeedSymbol, SeedTextName).Provisions.SelectMany(p => p.SelfAndDescendants())
            .Select(p => (p.Anchor, Spaces().Replace(p.Text, " ").Trim())).ToList();
        var import = new ImportPageObject(editor.Page);
        await import.GotoAsync(ImportPageObject.Path);
        await import.PreviewFileAsync("A_C.1_73_L.27_Rev.1.pdf", UnPdfLayout.Build(seedText, SeedSymbol, "18-18962"));
        var previewed = (await import.ParagraphsAsync()).Select(p => (p.Anchor, Spaces().Replace(p.Text, " ").Trim())).ToList();
        Assert.Equal(expected, previewed);
        await import.CommitAsync();
        await Assertions.Expect(import.Done).ToContainTextAsync(SeedSymbol);

        // From the norm's page, its admin-only Annotate link opens the editor with the target set.
        var norm = new NormPageObject(editor.Page);
        await norm.GotoNormAsync("1.6");
        // A click while the circuit starts can be lost between the prerendered link and the live one.
        await norm.WaitUntilInteractiveAsync();
        await editor.Page.GetByTestId("norm-annotate").ClickAsync();
        await Assertions.Expect(editor.Page.GetByTestId("annotation-target-norm")).ToHaveValueAsync("1.6");
        await editor.WaitUntilInteractiveAsync();
        // A word of its own, so that the search below finds this note and no other.
        var marker = "curatormark" + Guid.NewGuid().ToString("N")[..8];
        var note = $"Curators read this with **due diligence** ({marker}).";
        await editor.WriteAsync(note);
        await Assertions.Expect(editor.Preview.Locator("strong")).ToHaveTextAsync("due diligence");
        await editor.SaveAsync("Save draft", "Saved as a draft.");
        await Assertions.Expect(editor.Status).ToHaveTextAsync("draft");
        await editor.SaveAsync("Publish", "Published.");
        await Assertions.Expect(editor.Status).ToHaveTextAsync("published");

        await using var reader = await portal.NewContextAsync();
        var document = new DocumentPage(await reader.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7327);
        await Assertions.Expect(document.Provision("op1.6").GetByTestId("curator-note")).ToContainTextAsync("Curators read this with due diligence");
        var search = new SearchPage(document.Page);
        await search.SearchForAsync($"{marker} kind:annotation");
        await Assertions.Expect(search.Results).ToHaveCountAsync(1);
        await Assertions.Expect(search.Results.First).ToContainTextAsync("due diligence");

        // A second admin session saves meanwhile; the first session's save is then stale.
        await using var second = await portal.NewContextAsync();
        var otherEditor = new AnnotationPages(await second.NewPageAsync());
        await new AccountPages(otherEditor.Page).SignInAsAdminAsync(admin);
        await otherEditor.GotoEditorAsync(editor.Id);
        await otherEditor.WaitUntilInteractiveAsync();
        await otherEditor.WriteAsync("Theirs: read with the 2015 report.");
        await otherEditor.SaveAsync("Save", "Saved.");

        await editor.WriteAsync("Mine: read with the 2021 report.");
        await editor.Button("Save").ClickAsync();

        await Assertions.Expect(editor.Conflict).ToBeVisibleAsync();
        await Assertions.Expect(editor.ConflictTheirs).ToContainTextAsync("Theirs: read with the 2015 report.");
        await Assertions.Expect(editor.ConflictYours).ToContainTextAsync("Mine: read with the 2021 report.");
        await Assertions.Expect(editor.ConflictDifferences.Locator("ins")).Not.ToHaveCountAsync(0);

        // The audit log names every save of the note, and the import (filtered: other tests write to it too).
        var noteId = editor.Id;
        await editor.GotoAsync("/admin/audit");
        await editor.WaitUntilInteractiveAsync();
        var log = editor.Page.GetByTestId("audit-table");
        await FilterAuditAsync(editor.Page, action: "", target: $"annotation/{noteId}");
        await Assertions.Expect(log).ToContainTextAsync("annotation.created");
        await Assertions.Expect(log).ToContainTextAsync("annotation.updated");
        await Assertions.Expect(log).ToContainTextAsync(admin.Email);
        await FilterAuditAsync(editor.Page, action: "import", target: "");
        await Assertions.Expect(log).ToContainTextAsync("import.committed");
        await Assertions.Expect(log).ToContainTextAsync(SeedSymbol);
    }

    private static async Task FilterAuditAsync(IPage page, string action, string target)
    {
        await page.GetByTestId("audit-action").FillAsync(action);
        await page.GetByTestId("audit-target").FillAsync(target);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        // The rows shown are the filter's once the first one is.
        await Assertions.Expect(page.GetByTestId("audit-row").First).ToContainTextAsync(target.Length > 0 ? target : action);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
