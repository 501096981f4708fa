using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using NormsPortal.Web.Components.Admin;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Components.Layout;

/// <summary>The portal's main navigation, in the order the drawer shows it. Add new sections here.</summary>
public static class PortalNavigation
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/", Icons.Material.Outlined.Home, NavLinkMatch.All),
        new("Norms", "/norms", Icons.Material.Outlined.Balance),
        new("Documents", "/documents", Icons.Material.Outlined.Description),
        new("Timeline", "/timeline", Icons.Material.Outlined.Timeline),
        new("Compare", "/compare", Icons.Material.Outlined.Difference),
        new("Agreed language", "/agreed-language", Icons.Material.Outlined.FormatQuote),
        new("States", "/states", Icons.Material.Outlined.Flag),
        new("Search", "/search", Icons.Material.Outlined.Search),
        new("API docs", "/scalar", Icons.Material.Outlined.Api, ForceLoad: true),
        new("Admin", AdminSections.Home, Icons.Material.Outlined.AdminPanelSettings, Role: PortalRoles.Admin),
    ];
}
