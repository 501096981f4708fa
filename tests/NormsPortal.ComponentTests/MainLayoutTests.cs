using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.Layout;
using NormsPortal.Web.Theming;

namespace NormsPortal.ComponentTests;

public sealed class MainLayoutTests : PortalComponentTestBase
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(parameters => parameters
            .AddCascadingValue(ThemeSelection.Default)
            .Add(layout => layout.Body, (RenderFragment)(builder => builder.AddContent(0, "Page body"))));

    [Fact]
    public void AppBar_ShowsPortalNameLinkingHome()
    {
        var layout = RenderLayout();

        var brand = layout.Find("header a.np-brand");
        Assert.Equal("NormsPortal", brand.TextContent.Trim());
        Assert.Equal("/", brand.GetAttribute("href"));
    }

    [Fact]
    public void AppBar_SearchBox_IsGetFormToSearchPage()
    {
        var layout = RenderLayout();

        var form = layout.Find("header form[role=search]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[type=search]");
        Assert.NotNull(input);
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.Equal("Search norms, resolutions, paragraphs", input.GetAttribute("placeholder"));
        Assert.NotNull(layout.Find($"label[for={input.Id}]"));
    }

    [Fact]
    public void Drawer_LinksToEveryPortalSectionInOrder()
    {
        var layout = RenderLayout();

        var links = layout.FindAll("nav[aria-label='Main navigation'] a");
        Assert.Equal(
            ["/", "/norms", "/documents", "/timeline", "/compare", "/agreed-language", "/states", "/search", "/scalar"],
            links.Select(link => link.GetAttribute("href")));
        Assert.Equal(
            ["Home", "Norms", "Documents", "Timeline", "Compare", "Agreed language", "States", "Search", "API docs"],
            links.Select(link => link.TextContent.Trim()));
    }

    [Fact]
    public void Drawer_MarksTheCurrentSection_AndFollowsNavigation()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/norms/1.6");
        var layout = RenderLayout();

        Assert.Equal(["/norms"], CurrentLinks(layout));
        Assert.Contains("active", layout.Find("nav[aria-label='Main navigation'] a[href='/norms']").ClassList);

        navigation.NavigateTo("/");
        layout.WaitForAssertion(() => Assert.Equal(["/"], CurrentLinks(layout)));
    }

    [Fact]
    public void MenuButton_ControlsTheDrawer_ThatHoldsTheNavigation()
    {
        var layout = RenderLayout();

        var menu = layout.Find("header button[data-drawer-toggle]");
        Assert.Equal("Main navigation", menu.GetAttribute("aria-label"));
        var drawer = layout.Find($"aside#{menu.GetAttribute("aria-controls")}");
        Assert.NotNull(drawer.QuerySelector("nav[aria-label='Main navigation']"));
        // Only the browser knows whether the drawer is open (wwwroot/js/drawer.js writes aria-expanded).
        Assert.False(menu.HasAttribute("aria-expanded"));
    }

    private static List<string?> CurrentLinks(IRenderedComponent<MainLayout> layout) =>
        [.. layout.FindAll("nav[aria-label='Main navigation'] a[aria-current=page]").Select(link => link.GetAttribute("href"))];

    [Fact]
    public void Footer_AcknowledgesUnitedNationsAsSourceOfUnData()
    {
        var layout = RenderLayout();

        var footer = layout.Find("footer");
        Assert.Contains("© United Nations", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains("Akoma Ntoso", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains("NormsPortal is not affiliated with the United Nations.", footer.TextContent, StringComparison.Ordinal);
        Assert.NotNull(footer.QuerySelector("a[href='https://www.un.org/en/about-us/terms-of-use']"));
    }

    [Fact]
    public void SkipLink_IsFirstLinkAndTargetsMainContent()
    {
        var layout = RenderLayout();

        var firstLink = layout.Find("a");
        Assert.Equal("Skip to main content", firstLink.TextContent.Trim());
        Assert.EndsWith("#main-content", firstLink.GetAttribute("href"), StringComparison.Ordinal);
        var main = layout.Find("main#main-content");
        Assert.Contains("Page body", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_IsMarkedInteractive_AfterFirstInteractiveRender()
    {
        var layout = RenderLayout();

        Assert.Equal("true", layout.Find(".np-shell").GetAttribute("data-interactive"));
    }

    [Fact]
    public void Shell_IsNotMarkedInteractive_WhenRenderedStatically()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var layout = RenderLayout();

        Assert.Equal("false", layout.Find(".np-shell").GetAttribute("data-interactive"));
    }
}
