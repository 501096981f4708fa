using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.AgreedLanguage;
using NormsPortal.ComponentTests.Citations;
using NormsPortal.Web.Components;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>A paragraph's one "¶" button (ProvisionBlock) and what it opens in place: the citation panel and where the paragraph's wording comes from.</summary>
public sealed class ParagraphToolsTests : PortalComponentTestBase
{
    private readonly FakeCitationService _citations;
    private readonly BunitJSModuleInterop _clipboard;
    private readonly BunitJSModuleInterop _selection;

    public ParagraphToolsTests()
        : base(services =>
        {
            FakeCitationService.Register(services);
            FakeAgreedLanguageService.Register(services);
        })
    {
        _citations = Services.GetRequiredService<FakeCitationService>();
        // The real pinpoint rule, as the citation service applies it to an anchor of the held text.
        _citations.Answer = (_, anchor) => Task.FromResult(FakeCitationService.Found(FakeCitationService.Resolution7327, anchor));
        _clipboard = JSInterop.SetupModule(ClipboardInterop.ModulePath);
        _selection = JSInterop.SetupModule(PassageSelectionInterop.ModulePath);
    }

    private FakeAgreedLanguageService AgreedLanguage => Services.GetRequiredService<FakeAgreedLanguageService>();

    [Fact]
    public void Closed_IsOneButton_ThatSaysItIsCollapsed_AndLoadsNothing()
    {
        var tools = RenderTools("op1.9");

        var button = tools.Find("[data-testid=paragraph-tools]");
        Assert.Equal(("button", "false"), (button.GetAttribute("type"), button.GetAttribute("aria-expanded")));
        Assert.False(button.HasAttribute("aria-controls"));
        Assert.False(button.HasAttribute("disabled"));
        Assert.Empty(tools.FindAll("[data-testid=paragraph-tools-panel]"));
        Assert.Empty(_citations.Requests);
    }

    [Fact]
    public void Opened_ShowsTheCitationOfThatParagraph_InPlace()
    {
        var tools = RenderTools("op1.9");

        tools.Find("[data-testid=paragraph-tools]").Click();

        var button = tools.Find("[data-testid=paragraph-tools]");
        var panel = tools.Find("[data-testid=paragraph-tools-panel]");
        Assert.Equal(("true", panel.Id), (button.GetAttribute("aria-expanded"), button.GetAttribute("aria-controls")));
        Assert.Equal("Cite this paragraph", panel.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("A/RES/73/27, para. 1.9", Text(tools, "citation-text-un"));
        Assert.Equal("G.A. Res. 73/27, ¶ 1.9, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", Text(tools, "citation-text-bluebook"));
        Assert.Equal("UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.9", Text(tools, "citation-text-oscola"));
        Assert.Equal("/api/v1/documents/A/RES/73/27/citation?anchor=op1.9&format=ris", tools.Find("[data-testid=download-ris]").GetAttribute("href"));
        Assert.NotNull(tools.Find("[data-testid=download-bibtex]"));
        Assert.NotNull(tools.Find("[data-testid=download-csl-json]"));
        Assert.Equal([("A/RES/73/27", "op1.9")], _citations.Requests);
    }

    [Fact]
    public void Opened_LinksTheParagraphInTheLanguageBeingRead()
    {
        var tools = RenderTools("op1.9", "/documents/A/RES/73/27?lang=fr#op1.9");

        tools.Find("[data-testid=paragraph-tools]").Click();

        Assert.Equal("http://localhost/documents/A/RES/73/27?lang=fr#op1.9", tools.Find("[data-testid=citation-permalink]").GetAttribute("href"));
    }

    [Fact]
    public void CopyLink_ConfirmsBesideTheButtonThatWasPressed()
    {
        _clipboard.Setup<bool>("copyText", "http://localhost/documents/A/RES/73/27#op1.9").SetResult(true);
        var tools = RenderTools("op1.9");
        tools.Find("[data-testid=paragraph-tools]").Click();

        tools.Find("[data-testid=copy-link]").Click();

        tools.WaitForAssertion(() => Assert.Equal("Link copied", tools.Find("[data-testid=copy-link-status]").TextContent.Trim()));
        Assert.Same(tools.Find("[data-testid=copy-link]").ParentElement, tools.Find("[data-testid=copy-link-status]").ParentElement);
    }

    [Fact]
    public void Escape_ClosesThePanel_AndReturnsToTheButton()
    {
        var tools = RenderTools("op1.9");
        tools.Find("[data-testid=paragraph-tools]").Click();

        tools.Find("[data-testid=paragraph-tools-panel]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(tools.FindAll("[data-testid=paragraph-tools-panel]"));
        Assert.Equal("false", tools.Find("[data-testid=paragraph-tools]").GetAttribute("aria-expanded"));
        JSInterop.VerifyFocusAsyncInvoke();
    }

    [Fact]
    public void PressingTheButtonAgain_ClosesThePanel()
    {
        var tools = RenderTools("op1.9");

        tools.Find("[data-testid=paragraph-tools]").Click();
        tools.Find("[data-testid=paragraph-tools]").Click();

        Assert.Empty(tools.FindAll("[data-testid=paragraph-tools-panel]"));
    }

    [Fact]
    public void EnactingFormula_IsNotAParagraph_SoItCitesTheDocument_LinkingToTheFormula()
    {
        var tools = RenderTools("formula");

        tools.Find("[data-testid=paragraph-tools]").Click();

        Assert.Equal("Cite this document", tools.Find("h3").TextContent.Trim());
        Assert.Equal("http://localhost/documents/A/RES/73/27#formula", tools.Find("[data-testid=citation-permalink]").GetAttribute("href"));
        Assert.Equal([("A/RES/73/27", (string?)null)], _citations.Requests);
    }

    [Fact]
    public void Prerendered_IsTheParagraphsPermalink_UntilTheCircuitIsUp()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var tools = RenderTools("op1.9");

        var link = tools.Find("[data-testid=paragraph-tools]");
        Assert.Equal(("A", "/documents/A/RES/73/27#op1.9", "Permalink to paragraph 1.9"),
            (link.TagName, link.GetAttribute("href"), link.GetAttribute("aria-label")));
        Assert.Single(tools.FindAll("a, button"));
    }

    [Fact]
    public void WhereDoesThisWordingComeFrom_ShowsTheEarliestFirst_ThenEveryReuseByTrackAndYear_InThePanel()
    {
        var earliest = FakeAgreedLanguageService.Item("A/RES/73/27", "pp2", new DateOnly(2018, 12, 5), 1, "Noting that considerable progress has been achieved.");
        AgreedLanguage.ParagraphAnswer = _ => AgreedLanguageOutcome.Found(FakeAgreedLanguageService.Empty("en") with
        {
            Items =
            [
                earliest,
                FakeAgreedLanguageService.Item("A/RES/76/19", "pp3", new DateOnly(2021, 12, 6), 0.92, "Noting that great progress has been achieved.",
                    new WordDifference("Noting that ", WordChangeKind.Same),
                    new WordDifference("considerable", WordChangeKind.Deleted),
                    new WordDifference("great", WordChangeKind.Inserted),
                    new WordDifference(" progress has been achieved.", WordChangeKind.Same)),
                FakeAgreedLanguageService.Item("A/RES/78/16", "pp3", new DateOnly(2023, 12, 4), 1, "Noting that considerable progress has been achieved.") with { Track = null },
            ],
            Earliest = earliest,
            Counts = new AgreedLanguageCounts(4, 4),
        });
        var tools = RenderTools("pp3");
        tools.Find("[data-testid=paragraph-tools]").Click();

        tools.Find("[data-testid=wording-origin-paragraph]").Click();

        var panel = tools.Find("[data-testid=paragraph-tools-panel]");
        Assert.Equal([("A/RES/73/27", "pp3", "en", (string?)null)], AgreedLanguage.ParagraphRequests.Select(q => (q.Symbol, q.Anchor, q.Language, q.Quote)));
        Assert.Equal("This wording is used in 4 texts of 4 sessions.", panel.QuerySelector("[data-testid=reuse-counts]")!.TextContent.Trim());
        var earliestLink = panel.QuerySelector("[data-testid=reuse-earliest-link]")!;
        Assert.Equal(("/documents/A/RES/73/27#pp2", "A/RES/73/27, preambular paragraph 2"), (earliestLink.GetAttribute("href"), earliestLink.TextContent.Trim()));
        Assert.Equal(["Developments in the field of ICTs", "Other texts"], panel.QuerySelectorAll("[data-testid=reuse-track] h5").Select(h => h.TextContent.Trim()));
        Assert.Equal(["2018", "2021", "2023"], panel.QuerySelectorAll("[data-testid=reuse-year]").Select(y => y.TextContent.Trim()));
        var changed = panel.QuerySelectorAll("[data-testid=reuse-item]")[1];
        Assert.Equal(("[deleted: considerable]", "[inserted: great]"), (changed.QuerySelector("del")!.TextContent, changed.QuerySelector("ins")!.TextContent));
        Assert.Contains("92% similar", changed.QuerySelector("[data-testid=reuse-similarity]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("verbatim", panel.QuerySelectorAll("[data-testid=reuse-item]")[2].QuerySelector("[data-testid=reuse-similarity]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WhereDoesThisWordingComeFrom_WhenTheServiceRefuses_SaysWhyInWords()
    {
        AgreedLanguage.ParagraphAnswer = _ => AgreedLanguageOutcome.Refused(AgreedLanguageProblem.TooShort, "The passage has fewer than 8 words.");
        var tools = RenderTools("op2");
        tools.Find("[data-testid=paragraph-tools]").Click();

        tools.Find("[data-testid=wording-origin-paragraph]").Click();

        Assert.Equal("The passage has fewer than 8 words.", tools.Find("[data-testid=wording-origin-problem]").TextContent.Trim());
        Assert.Empty(tools.FindAll("[data-testid=reuse-answer]"));
    }

    [Fact]
    public void AskAboutTheSelectedText_AsksAboutTheWordsSelectedInThisParagraph()
    {
        _selection.Setup<SelectedPassage?>("currentPassage", _ => true)
            .SetResult(new SelectedPassage("A/RES/73/27", "pp3", "en", "considerable progress has been achieved in developing", "Noting that ", " information", 0, 0));
        var tools = RenderTools("pp3");
        tools.Find("[data-testid=paragraph-tools]").Click();

        tools.Find("[data-testid=wording-origin-selection]").Click();

        Assert.Equal([("pp3", "considerable progress has been achieved in developing")], AgreedLanguage.ParagraphRequests.Select(q => (q.Anchor, q.Quote)));
        Assert.Contains("“considerable progress has been achieved in developing”", tools.Find("[data-testid=wording-origin-quote]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AskAboutTheSelectedText_WithNothingSelectedHere_AsksForASelection_AndAsksNothing()
    {
        _selection.Setup<SelectedPassage?>("currentPassage", _ => true)
            .SetResult(new SelectedPassage("A/RES/73/27", "pp4", "en", "words selected in another paragraph of the text", "", "", 0, 0));
        var tools = RenderTools("pp3");
        tools.Find("[data-testid=paragraph-tools]").Click();

        tools.Find("[data-testid=wording-origin-selection]").Click();

        Assert.Contains("Select at least 8 words of this paragraph first", tools.Find("[data-testid=wording-origin-no-selection]").TextContent, StringComparison.Ordinal);
        Assert.Empty(AgreedLanguage.ParagraphRequests);
    }

    [Fact]
    public void EnactingFormula_HasNoWordingHistoryToAskAbout()
    {
        var tools = RenderTools("formula");

        tools.Find("[data-testid=paragraph-tools]").Click();

        Assert.Empty(tools.FindAll("[data-testid=wording-origin]"));
    }

    /// <summary>The paragraph the tools belong to, with a plain sentence for its words.</summary>
    private IRenderedComponent<ProvisionBlock> RenderTools(string anchor, string? permalink = null) =>
        Render<ProvisionBlock>(p => p
            .Add(b => b.Symbol, "A/RES/73/27")
            .Add(b => b.Provision, new ProvisionDto(anchor, "Operative", "", "The paragraph's words.", null, "/documents/A/RES/73/27#" + anchor, [], []))
            .Add(b => b.Permalink, permalink ?? "/documents/A/RES/73/27#" + anchor)
            .Add(b => b.FootnoteLink, footnote => "#fn" + footnote)
            .Add(b => b.Language, "en"));

    private static string Text(IRenderedComponent<ProvisionBlock> tools, string testId) =>
        tools.Find($"[data-testid={testId}]").TextContent.Trim();
}
