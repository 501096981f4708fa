using Bunit;
using NormsPortal.Web.Components.Layout;
using NormsPortal.Web.Security;

namespace NormsPortal.ComponentTests.Layout;

/// <summary>The drawer's links: the same for every reader, and the admin pages' entry for admins only.</summary>
public sealed class NavMenuTests : PortalComponentTestBase
{
    [Fact]
    public void Anonymous_AndAResearcher_SeeEveryReadersEntry_AndNoAdminEntry()
    {
        var readersEntries = PortalNavigation.Items.Where(item => item.Role is null).Select(item => item.Href).ToList();
        Assert.Equal(readersEntries, Links(Render<NavMenu>()));

        Authorization.SetAuthorized("ada@example.org");
        Assert.Equal(readersEntries, Links(Render<NavMenu>()));
    }

    [Fact]
    public void Admin_SeesTheAdminPagesEntry()
    {
        Authorization.SetAuthorized("grace@example.org");
        Authorization.SetRoles(PortalRoles.Admin);

        var links = Links(Render<NavMenu>());

        Assert.Equal(PortalNavigation.Items.Select(item => item.Href), links);
        Assert.Contains("/admin", links);
    }

    private static List<string> Links(IRenderedComponent<NavMenu> menu) =>
        [.. menu.FindAll("a.mud-nav-link").Select(link => link.GetAttribute("href") ?? "")];
}
