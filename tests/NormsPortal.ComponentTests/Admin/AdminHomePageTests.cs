using Bunit;
using NormsPortal.Web.Components.Admin;

namespace NormsPortal.ComponentTests.Admin;

/// <summary>The admin home page: where an admin who types /admin starts.</summary>
public sealed class AdminHomePageTests : PortalComponentTestBase
{
    [Fact]
    public void AdminHome_ListsEveryAdminPage_WithWhatIsDoneThere_AndIsMarkedCurrentInTheAdminNavigation()
    {
        var page = Render<AdminHomePage>();

        var sections = page.Find("[data-testid=admin-sections]").QuerySelectorAll("li");
        Assert.Equal(AdminSections.All.Count, sections.Length);
        foreach (var (section, item) in AdminSections.All.Zip(sections))
        {
            Assert.Equal(section.Href, item.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains(section.Label, item.TextContent, StringComparison.Ordinal);
            Assert.Contains(section.Description, item.TextContent, StringComparison.Ordinal);
        }

        var navigation = page.Find("nav[aria-label=Admin]").QuerySelectorAll("a");
        Assert.Equal(["/admin", .. AdminSections.All.Select(section => section.Href)], navigation.Select(link => link.GetAttribute("href")));
        Assert.Equal("page", navigation[0].GetAttribute("aria-current"));
    }
}
