using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.Citations;
using NormsPortal.Web.Components;
using NormsPortal.Web.Features.Citations;

namespace NormsPortal.ComponentTests.Citations;

public sealed class CitationPanelTests : PortalComponentTestBase
{
    private static readonly CitableWork s_resolution = FakeCitationService.Resolution7327;

    private readonly BunitJSModuleInterop _clipboard;

    public CitationPanelTests()
        : base(FakeCitationService.Register)
    {
        _clipboard = JSInterop.SetupModule(ClipboardInterop.ModulePath);
    }

    [Fact]
    public void WhileLoading_SaysSo()
    {
        UseService((_, _) => new TaskCompletionSource<CitationLookup>().Task);

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27"));

        Assert.NotNull(panel.Find("[data-testid=citation-loading]"));
        Assert.Empty(panel.FindAll("[data-testid=copy-un]"));
    }

    [Fact]
    public void Paragraph_ShowsEveryStyle_PermalinkAndDownloads()
    {
        UseService((symbol, anchor) => Task.FromResult(Found(s_resolution, anchor)));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op1.6"));

        Assert.Equal("Cite this paragraph", panel.Find("h2").TextContent.Trim());
        Assert.Equal("A/RES/73/27, para. 1.6", Text(panel, "citation-text-un"));
        Assert.Equal("G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", Text(panel, "citation-text-bluebook"));
        Assert.Equal("UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6", Text(panel, "citation-text-oscola"));
        var permalink = panel.Find("[data-testid=citation-permalink]");
        Assert.Equal("http://localhost/documents/A/RES/73/27#op1.6", permalink.GetAttribute("href"));
        var bibtex = panel.Find("[data-testid=download-bibtex]");
        Assert.Equal("/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&format=bibtex", bibtex.GetAttribute("href"));
        Assert.Equal("A_RES_73_27-op1.6.bib", bibtex.GetAttribute("download"));
        Assert.NotNull(panel.Find("[data-testid=download-csl-json]"));
        Assert.NotNull(panel.Find("[data-testid=download-ris]"));
        Assert.Empty(panel.FindAll("[data-testid=citation-unconfirmed]"));
    }

    [Fact]
    public void WholeWork_IsCitedWithoutPinpoint_AtTheChosenHeadingLevel()
    {
        UseService((_, anchor) => Task.FromResult(Found(s_resolution, anchor)));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.HeadingLevel, 3));

        Assert.Equal("Cite this document", panel.Find("h3").TextContent.Trim());
        Assert.Equal("A/RES/73/27", Text(panel, "citation-text-un"));
        Assert.Equal("http://localhost/documents/A/RES/73/27", panel.Find("[data-testid=citation-permalink]").GetAttribute("href"));
    }

    [Fact]
    public void UnconfirmedFacts_AreNamed()
    {
        var unconfirmed = new CitableWork("A/RES/43/78 H", WorkKind.GaResolution, "A title seen once", new DateOnly(1988, 12, 7), ["date", "title"]);
        UseService((_, anchor) => Task.FromResult(Found(unconfirmed, anchor)));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/43/78 H"));

        Assert.Contains("the date and title used here", panel.Find("[data-testid=citation-unconfirmed]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDate_DegradesGracefully()
    {
        UseService((_, anchor) => Task.FromResult(Found(s_resolution with { Date = null }, anchor)));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op1.6"));

        Assert.Equal("G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27", Text(panel, "citation-text-bluebook"));
        Assert.Equal("UNGA Res 73/27 UN Doc A/RES/73/27, para 1.6", Text(panel, "citation-text-oscola"));
    }

    [Fact]
    public void UnknownAnchor_ShowsTheProblem_AndNoCopyButtons()
    {
        UseService((symbol, anchor) => Task.FromResult(CitationLookup.UnknownAnchor(symbol, anchor!, "its text has no paragraph with that anchor.")));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op99"));

        Assert.Contains("op99", panel.Find("[data-testid=citation-problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public void UnknownWork_ShowsTheProblem()
    {
        UseService((symbol, _) => Task.FromResult(CitationLookup.UnknownWork(symbol)));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/99/1"));

        Assert.Contains("A/RES/99/1", panel.Find("[data-testid=citation-problem]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_PutsTheStyleOnTheClipboard_AndConfirmsBesideTheButton()
    {
        UseService((_, anchor) => Task.FromResult(Found(s_resolution, anchor)));
        _clipboard.Setup<bool>("copyText", "G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)").SetResult(true);
        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op1.6"));

        panel.Find("[data-testid=copy-bluebook]").Click();

        panel.WaitForAssertion(() =>
            Assert.Equal("Bluebook citation copied", panel.Find("[data-testid=copy-bluebook-status]").TextContent.Trim()));
        var status = panel.Find("[data-testid=copy-bluebook-status]");
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Same(panel.Find("[data-testid=copy-bluebook]").ParentElement, status.ParentElement);
        Assert.Empty(panel.Find("[data-testid=copy-un-status]").TextContent);
    }

    [Fact]
    public void CopyLink_PutsThePermalinkOnTheClipboard()
    {
        UseService((_, anchor) => Task.FromResult(Found(s_resolution, anchor)));
        _clipboard.Setup<bool>("copyText", "http://localhost/documents/A/RES/73/27#pp3").SetResult(true);
        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "pp3"));

        panel.Find("[data-testid=copy-link]").Click();

        panel.WaitForAssertion(() =>
            Assert.Equal("Link copied", panel.Find("[data-testid=copy-link-status]").TextContent.Trim()));
    }

    [Fact]
    public void Copy_Refused_TellsTheReaderToCopyByHand()
    {
        UseService((_, anchor) => Task.FromResult(Found(s_resolution, anchor)));
        _clipboard.Setup<bool>("copyText", _ => true).SetResult(false);
        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op1.6"));

        panel.Find("[data-testid=copy-un]").Click();

        panel.WaitForAssertion(() =>
            Assert.Contains("copy it yourself", panel.Find("[data-testid=copy-un-status]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Prerendered_CopyButtonsWaitForTheCircuit()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        UseService((_, anchor) => Task.FromResult(Found(s_resolution, anchor)));

        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op1.6"));

        Assert.True(panel.Find("[data-testid=copy-un]").HasAttribute("disabled"));
        Assert.False(panel.Find("[data-testid=download-ris]").HasAttribute("disabled"));
    }

    [Fact]
    public void NewAnchor_LoadsItsCitation()
    {
        var service = UseService((_, anchor) => Task.FromResult(Found(s_resolution, anchor)));
        var panel = Render<CitationPanel>(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "op1.6"));

        panel.Render(p => p.Add(c => c.Symbol, "A/RES/73/27").Add(c => c.Anchor, "pp3"));

        Assert.Equal("resolution 73/27, third preambular paragraph", Text(panel, "citation-text-un"));
        Assert.Equal([("A/RES/73/27", "op1.6"), ("A/RES/73/27", "pp3")], service.Requests);
    }

    private FakeCitationService UseService(Func<string, string?, Task<CitationLookup>> answer)
    {
        var service = Services.GetRequiredService<FakeCitationService>();
        service.Answer = answer;
        return service;
    }

    private static CitationLookup Found(CitableWork work, string? anchor) => FakeCitationService.Found(work, anchor);

    private static string Text(IRenderedComponent<CitationPanel> panel, string testId) =>
        panel.Find($"[data-testid={testId}]").TextContent.Trim();
}
