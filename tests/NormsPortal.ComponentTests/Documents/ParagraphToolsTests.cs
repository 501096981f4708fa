using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Citations;
using NormsPortal.Web.Components;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Citations;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>A paragraph's one "¶" button and the citation panel it opens in place.</summary>
public sealed class ParagraphToolsTests : PortalComponentTestBase
{
    private readonly FakeCitationService _citations;
    private readonly BunitJSModuleInterop _clipboard;

    public ParagraphToolsTests()
        : base(FakeCitationService.Register)
    {
        _citations = Services.GetRequiredService<FakeCitationService>();
        // The real pinpoint rule, as the citation service applies it to an anchor of the held text.
        _citations.Answer = (_, anchor) => Task.FromResult(FakeCitationService.Found(FakeCitationService.Resolution7327, anchor));
        _clipboard = JSInterop.SetupModule(ClipboardInterop.ModulePath);
    }

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
        Assert.Equal(("A", "/documents/A/RES/73/27#op1.9", "Permalink to op1.9"),
            (link.TagName, link.GetAttribute("href"), link.GetAttribute("aria-label")));
        Assert.Single(tools.FindAll("a, button"));
    }

    private IRenderedComponent<ParagraphTools> RenderTools(string anchor, string? permalink = null) =>
        Render<ParagraphTools>(p => p
            .Add(t => t.Symbol, "A/RES/73/27")
            .Add(t => t.Anchor, anchor)
            .Add(t => t.Permalink, permalink ?? "/documents/A/RES/73/27#" + anchor)
            .Add(t => t.Label, anchor));

    private static string Text(IRenderedComponent<ParagraphTools> tools, string testId) =>
        tools.Find($"[data-testid={testId}]").TextContent.Trim();
}
