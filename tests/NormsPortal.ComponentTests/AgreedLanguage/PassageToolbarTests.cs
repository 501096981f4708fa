using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components;

namespace NormsPortal.ComponentTests.AgreedLanguage;

/// <summary>The selection toolbar: it watches the selection once interactive and offers its actions for a selected passage.</summary>
public sealed class PassageToolbarTests : PortalComponentTestBase
{
    private static readonly SelectedPassage s_passage = new("A/RES/78/16", "pp3", "en", "considerable progress has been achieved in developing", "", "", 120, 40);

    [Fact]
    public async Task ASelectedPassage_ShowsTheActionsUnderIt_AndTheyGoWhenTheSelectionDoes()
    {
        var selection = JSInterop.SetupModule(PassageSelectionInterop.ModulePath);
        var toolbar = Render<PassageToolbar>(p => p.Add(t => t.ChildContent, passage => b => b.AddContent(0, "Action for " + passage.Anchor)));

        Assert.Single(selection.Invocations, i => i.Identifier == "watch");
        Assert.Empty(toolbar.FindAll("[data-testid=passage-toolbar]"));

        await toolbar.InvokeAsync(() => toolbar.Instance.OnPassageChanged(s_passage));

        var bar = toolbar.Find("[data-testid=passage-toolbar]");
        Assert.Equal(("toolbar", "Action for pp3"), (bar.GetAttribute("role"), bar.TextContent.Trim()));
        Assert.Equal("top: 120px; left: 40px", bar.GetAttribute("style"));

        await toolbar.InvokeAsync(() => toolbar.Instance.OnPassageChanged(null));

        Assert.Empty(toolbar.FindAll("[data-testid=passage-toolbar]"));
    }

    [Fact]
    public void Prerendered_DrawsNothing_AndWatchesNothing()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var selection = JSInterop.SetupModule(PassageSelectionInterop.ModulePath);

        var toolbar = Render<PassageToolbar>(p => p.Add(t => t.ChildContent, _ => b => b.AddContent(0, "Action")));

        Assert.Empty(selection.Invocations);
        Assert.Empty(toolbar.FindAll("[data-testid=passage-toolbar]"));
    }

    [Fact]
    public async Task Unwatch_WhenTheBrowserDoesNotAnswerInTime_EndsQuietly()
    {
        // What a script call that exceeds its timeout throws: the toolbar unwatches as its page goes, and a busy
        // browser must not turn that into an error that ends the reader's circuit.
        JSInterop.SetupModule(PassageSelectionInterop.ModulePath).SetupVoid("unwatch", _ => true).SetCanceled();
        var selection = Services.GetRequiredService<PassageSelectionInterop>();

        var failure = await Record.ExceptionAsync(() => selection.UnwatchAsync(default));

        Assert.Null(failure);
    }
}
