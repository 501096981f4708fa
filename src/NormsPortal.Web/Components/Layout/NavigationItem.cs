using Microsoft.AspNetCore.Components.Routing;

namespace NormsPortal.Web.Components.Layout;

/// <summary>One entry of the portal's main navigation.</summary>
/// <param name="Title">The link text.</param>
/// <param name="Href">Where the link goes.</param>
/// <param name="Icon">The MudBlazor icon shown before the text.</param>
/// <param name="Match">How the current address marks the link as active.</param>
/// <param name="ForceLoad">
/// True for pages served outside the Blazor router (the API reference), which the browser must
/// load itself instead of the router looking for a component.
/// </param>
public sealed record NavigationItem(
    string Title,
    string Href,
    string Icon,
    NavLinkMatch Match = NavLinkMatch.Prefix,
    bool ForceLoad = false);
