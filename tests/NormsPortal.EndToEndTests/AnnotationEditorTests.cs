using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;

namespace NormsPortal.EndToEndTests;

/// <summary>Curators' annotations in the browser: an admin writes and publishes one, the public reads it, a stale edit is caught.</summary>
public sealed class AnnotationEditorTests(PortalFixture portal)
{
    [Fact]
    public async Task Admin_DraftsPreviewsAndPublishesANoteOnNorm16_ReaderSeesIt_AndASecondAdminsStaleEditShowsTheConflict()
    {
        var admin = await portal.AdminAsync();
        await using var first = await portal.NewContextAsync();
        var editor = new AnnotationPages(await first.NewPageAsync());
        await new AccountPages(editor.Page).SignInAsAdminAsync(admin);

        // From the norm's page, its admin-only Annotate link opens the editor with the target set.
        var norm = new NormPageObject(editor.Page);
        await norm.GotoNormAsync("1.6");
        await editor.Page.GetByTestId("norm-annotate").ClickAsync();
        await Assertions.Expect(editor.Page.GetByTestId("annotation-target-norm")).ToHaveValueAsync("1.6");
        await editor.WaitUntilInteractiveAsync();
        var note = $"Curators read this with **due diligence** ({Guid.NewGuid():N}).";
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

        // A second admin saves meanwhile; the first admin's save is then stale.
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
    }

    [Theory]
    [InlineData(PortalFixture.DesktopWidth)]
    [InlineData(PortalFixture.PhoneWidth)]
    public async Task AnnotationListAndEditor_HaveNoSeriousAccessibilityViolations(int width)
    {
        var admin = await portal.AdminAsync();
        await using var context = await portal.NewContextAsync(width);
        var pages = new AnnotationPages(await context.NewPageAsync());
        await new AccountPages(pages.Page).SignInAsAdminAsync(admin);

        await pages.GotoListAsync();
        await pages.WaitUntilInteractiveAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(pages.Page);

        await pages.GotoAsync(AnnotationPages.NewPath + "?norm=1.6");
        await pages.WaitUntilInteractiveAsync();
        await pages.WriteAsync("A *note* with a [link](https://www.un.org/).");
        await Accessibility.AssertNoSeriousViolationsAsync(pages.Page);
    }
}
