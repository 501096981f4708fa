using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Library;
using NormsPortal.Web.Components.Admin;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Admin;

/// <summary>The admin annotation editor's states: the live preview, the conflict view of a stale save and its merge, and the history's differences.</summary>
public sealed class AnnotationEditorPageTests : LibraryComponentTestBase
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private AnnotationService Annotations => Services.GetRequiredService<AnnotationService>();

    public AnnotationEditorPageTests() => SignInAda();

    [Fact]
    public void Preview_AsTheAdminTypes_ShowsTheMarkdownRenderedAndCleanedAsThePublicWillSeeIt()
    {
        var editor = RenderNew("?norm=1.6");

        editor.Find("textarea[data-testid=annotation-body]").Input("See **A/RES/73/27#op1.6** <img src=x onerror=alert(1)> [go](javascript:alert(1))");

        var preview = editor.Find("[data-testid=annotation-preview-body]");
        Assert.Equal("A/RES/73/27#op1.6", preview.QuerySelector("strong")?.TextContent);
        Assert.Empty(preview.QuerySelectorAll("img, script, [onerror]"));
        Assert.DoesNotContain("javascript:", preview.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1.6", editor.Find("[data-testid=annotation-target-norm]").GetAttribute("value"));
    }

    [Fact]
    public void NewAnnotation_SavedAsDraftThenPublished_MovesThroughTheWorkflow()
    {
        var editor = RenderNew("?symbol=A/RES/73/27&anchor=op1.6");
        editor.Find("textarea[data-testid=annotation-body]").Input("Read with the 2015 report.");

        Button(editor, "Save draft").Click();
        editor.WaitForAssertion(() => Assert.Equal("draft", editor.Find("[data-testid=annotation-status]").TextContent));
        Button(editor, "Publish").Click();

        editor.WaitForAssertion(() => Assert.Equal("published", editor.Find("[data-testid=annotation-status]").TextContent));
        Assert.Contains("A/RES/73/27, para. 1.6", editor.Find("[data-testid=annotation-state]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, editor.FindAll("[data-testid=annotation-revision]").Count);
    }

    [Fact]
    public async Task StaleSave_ShowsTheirsAndYoursWithTheDifferences_AndSavesTheMergeAgainstTheCurrentVersion()
    {
        var created = await CreateAsync("The norm covers critical infrastructure.");
        var editor = Render<AnnotationEditorPage>(p => p.Add(e => e.Id, created.Id));
        editor.WaitForAssertion(() => Assert.Equal(created.Body, editor.Find("textarea[data-testid=annotation-body]").GetAttribute("value")));
        await UpdateAsync(created, "The norm covers critical infrastructure of every kind.");

        editor.Find("textarea[data-testid=annotation-body]").Input("The norm covers all critical infrastructure.");
        Button(editor, "Save draft").Click();

        var conflict = editor.WaitForElement("[data-testid=annotation-conflict]");
        Assert.Contains("of every kind", conflict.QuerySelector("[data-testid=annotation-conflict-theirs]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("all critical", conflict.QuerySelector("[data-testid=annotation-conflict-yours]")!.TextContent, StringComparison.Ordinal);
        var differences = conflict.QuerySelector("[data-testid=annotation-conflict-differences]")!;
        Assert.Contains("all", differences.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("every kind", differences.QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await Annotations.GetAsync(created.Id, withSource: true, Cancel))!.Version);

        Button(editor, "Edit from yours").Click();
        Button(editor, "Save draft").Click();

        editor.WaitForAssertion(() => Assert.Equal("Saved.", editor.Find("[data-testid=annotation-message]").TextContent));
        var saved = (await Annotations.GetAsync(created.Id, withSource: true, Cancel))!;
        Assert.Equal((3L, "The norm covers all critical infrastructure."), (saved.Version, saved.Body));
    }

    [Fact]
    public async Task History_ComparesAnyTwoRevisionsWordByWord_AndPutsAnOldTextBack()
    {
        var created = await CreateAsync("First words.");
        var second = await UpdateAsync(created, "First words, then more.");
        await UpdateAsync(second, "Other words.");
        var editor = Render<AnnotationEditorPage>(p => p.Add(e => e.Id, created.Id));
        editor.WaitForAssertion(() => Assert.Equal(3, editor.FindAll("[data-testid=annotation-revision]").Count));

        editor.Find("[data-testid=annotation-compare-from]").Change("1");
        editor.Find("[data-testid=annotation-compare-to]").Change("2");
        editor.Find("[data-testid=annotation-compare]").Submit();

        var diff = editor.WaitForElement("[data-testid=annotation-revision-diff]");
        Assert.Contains("From revision 1 to revision 2", diff.TextContent, StringComparison.Ordinal);
        Assert.Contains("then more", diff.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);

        editor.Find("[aria-label='Put back the text of revision 1']").Click();

        editor.WaitForAssertion(() => Assert.Equal(4, editor.FindAll("[data-testid=annotation-revision]").Count));
        Assert.Equal("First words.", (await Annotations.GetAsync(created.Id, withSource: true, Cancel))!.Body);
        Assert.Equal("First words.", editor.Find("textarea[data-testid=annotation-body]").GetAttribute("value"));
    }

    /// <summary>The editor of a new annotation, opened with <paramref name="query"/> setting its target.</summary>
    private IRenderedComponent<AnnotationEditorPage> RenderNew(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(AnnotationAdminUrls.New + query);
        return Render<AnnotationEditorPage>();
    }

    private static IElement Button(IRenderedComponent<AnnotationEditorPage> editor, string name) =>
        editor.FindAll("button").Single(b => b.TextContent.Trim() == name);

    private async Task<AnnotationDto> CreateAsync(string body)
    {
        var outcome = await Annotations.CreateAsync(Ada, new AnnotationCreateRequest(new BookmarkTargetDto { Norm = "1.6" }, body, null), Cancel);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }

    private async Task<AnnotationDto> UpdateAsync(AnnotationDto read, string body)
    {
        var outcome = await Annotations.UpdateAsync(Ada, read.Id, new AnnotationUpdateRequest(read.Version, body, null), Cancel);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }
}
