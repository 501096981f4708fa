using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>Agreed language in Chromium: a paragraph's history, a selected passage, a pasted draft, a norm's lineage, and axe on each.</summary>
public sealed class AgreedLanguageTests(PortalFixture portal)
{
    /// <summary>A preambular paragraph every "developments" resolution since 73/27 restates.</summary>
    private const string DevelopmentsPreamble = "considerable progress has been achieved in developing and applying the latest information technologies";

    /// <summary>Agreed wording followed by a proposal no resolution makes.</summary>
    private const string MixedDraft = "Noting that considerable progress has been achieved in developing and applying the latest information technologies, "
        + "we propose that a permanent council of cyber envoys meet every spring in Reykjavik.";

    public static TheoryData<string> Pages() =>
    [
        AgreedLanguagePageObject.Path,
        AgreedLanguagePageObject.Path + "?text=" + Uri.EscapeDataString(MixedDraft) + "&lang=en",
        NormPageObject.PathOf("1.6"),
    ];

    [Fact]
    public async Task DocumentPage_78_16_APreambularParagraph_ShowsWhereItsWordingComesFrom_Accessibly_PrintsIt_AndLeadsToTheEarliestSource()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7816);
        await document.WaitUntilInteractiveAsync();
        var anchor = await document.AnchorOfParagraphWithAsync(DevelopmentsPreamble);
        Assert.StartsWith("pp", anchor, StringComparison.Ordinal);

        await document.ParagraphTools(anchor).ClickAsync();
        await document.WhereDoesThisWordingComeFrom(anchor).ClickAsync();

        var panel = document.ParagraphToolsPanel(anchor);
        await Expect(panel.GetByTestId("reuse-counts")).ToContainTextAsync("This wording is used in");
        await Expect(panel.GetByTestId("reuse-item").First).ToBeVisibleAsync();
        await Expect(document.EarliestAppearance(anchor)).ToContainTextAsync("A/RES/73/27");

        // The page with the wording's history open, under axe on a desktop and a phone, then back on the desktop.
        await Widths.DesktopThenPhoneAsync(document.Page, async _ =>
        {
            await Accessibility.AssertNoSeriousViolationsAsync(document.Page);
            await document.AssertNothingOverflowsAsync();
        });
        await Widths.ResizeAsync(document.Page, PortalFixture.DesktopWidth);

        // On paper the answer prints under its paragraph, without the panel's citations and buttons.
        await document.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(panel.GetByTestId("reuse-item").First).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("citation-panel")).ToBeHiddenAsync();
        await Expect(document.WhereDoesThisWordingComeFrom(anchor)).ToBeHiddenAsync();
        await document.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        await document.EarliestAppearance(anchor).ClickAsync();

        await Expect(document.Page).ToHaveURLAsync(new Regex("/documents/A/RES/73/27#pp\\d+$"));
        var target = new Uri(document.Page.Url).Fragment.TrimStart('#');
        await Expect(document.Provision(target)).ToContainTextAsync(DevelopmentsPreamble);
    }

    [Fact]
    public async Task DocumentPage_SelectingAPassage_OffersTheQuestion_AndAnswersItOverThePage()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7816);
        await document.WaitUntilInteractiveAsync();
        var anchor = await document.AnchorOfParagraphWithAsync(DevelopmentsPreamble);

        await document.SelectAsync(anchor, DevelopmentsPreamble);
        await document.PassageToolbar.GetByTestId("passage-wording-origin").ClickAsync();

        var dialog = document.Page.GetByRole(Microsoft.Playwright.AriaRole.Dialog);
        await Expect(dialog.GetByTestId("wording-origin-quote")).ToContainTextAsync(DevelopmentsPreamble);
        await Expect(dialog.GetByTestId("reuse-earliest-link")).ToContainTextAsync("A/RES/73/27");
        await Accessibility.AssertNoSeriousViolationsAsync(document.Page);
    }

    /// <summary>
    /// A reader who selects a passage while the page is still wiring up its selection script (the circuit is up, the
    /// script not yet loaded) gets the toolbar when the script starts, without selecting again. The script's request is
    /// held until the passage is selected, so the selection always comes first.
    /// </summary>
    [Fact]
    public async Task DocumentPage_APassageSelectedBeforeTheSelectionScriptStarts_StillGetsTheToolbar()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        var scriptRequest = new TaskCompletionSource<IRoute>();
        await document.Page.RouteAsync("**/passage-selection*.js*", route => scriptRequest.TrySetResult(route) ? Task.CompletedTask : route.ContinueAsync());
        await document.GotoAsync(DocumentPage.Resolution7816);
        await document.WaitUntilInteractiveAsync();
        var anchor = await document.AnchorOfParagraphWithAsync(DevelopmentsPreamble);
        var heldScript = await scriptRequest.Task;

        await document.SelectAsync(anchor, DevelopmentsPreamble);
        await heldScript.ContinueAsync();

        await Expect(document.PassageToolbar.GetByTestId("passage-wording-origin")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AgreedLanguagePage_ADraftMixingAgreedAndNewWording_MarksBoth_AndKeepsItInTheAddress()
    {
        await using var context = await portal.NewContextAsync();
        var agreed = new AgreedLanguagePageObject(await context.NewPageAsync());
        await agreed.GotoAsync(AgreedLanguagePageObject.Path);
        await agreed.WaitUntilInteractiveAsync();

        await agreed.TextField.FillAsync(MixedDraft);
        await agreed.Submit.ClickAsync();

        await Expect(agreed.Page).ToHaveURLAsync(new Regex("/agreed-language\\?text=Noting.*&lang=en$"));
        await Expect(agreed.AgreedSegments.First).ToContainTextAsync("considerable progress has been achieved");
        await Expect(agreed.NewSegments.Last).ToContainTextAsync("permanent council of cyber envoys");
        await Expect(agreed.AgreedParts.First.GetByTestId("agreed-part-source")).ToContainTextAsync("A/RES/73/27");
    }

    [Fact]
    public async Task NormPage_1_6_ShowsItsLineage_ReportNotHeldWithTheOfficialCopy_Then73_27()
    {
        await using var context = await portal.NewContextAsync();
        var norm = new NormPageObject(await context.NewPageAsync());

        await norm.GotoNormAsync("1.6");

        await Expect(norm.Lineage.GetByTestId("lineage-norm")).ToContainTextAsync("A/RES/73/27, para. 1.6");
        var report = norm.LineageSteps.Nth(0);
        await Expect(report).ToHaveAttributeAsync("data-symbol", "A/70/174");
        await Expect(report).ToHaveAttributeAsync("data-wording", "not-held");
        await Expect(report.GetByTestId("lineage-official-copy")).ToHaveAttributeAsync("href", new Regex("^https://"));
        var statement = norm.LineageSteps.Nth(1);
        await Expect(statement).ToHaveAttributeAsync("data-symbol", "A/RES/73/27");
        await Expect(statement).ToHaveAttributeAsync("data-origin", "curated");
    }

    /// <summary>Each page is loaded once on a desktop and scanned there, then at phone width (<see cref="Widths"/>).</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousAccessibilityViolations_OnADesktopAndAPhone(string path)
    {
        await using var context = await portal.NewContextAsync();
        var page = new PortalPage(await context.NewPageAsync());
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();

        await Widths.DesktopThenPhoneAsync(page.Page, _ => Accessibility.AssertNoSeriousViolationsAsync(page.Page));
    }
}
