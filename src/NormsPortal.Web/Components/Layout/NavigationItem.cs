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
/// <param name="Role">The role a reader needs to see the entry (the admin pages'); null for everyone.</param>
public sealed record NavigationItem(
    string Title,
    string Href,
    string Icon,
    NavLinkMatch Match = NavLinkMatch.Prefix,
    bool ForceLoad = false,
    string? Role = null)
{
    /// <summary>
    /// Whether the page at <paramref name="path"/> (e.g. <c>/norms/1.6</c>) is this entry's, as NavLink decides:
    /// the same path, or for <see cref="NavLinkMatch.Prefix"/> a path below it; letter case aside.
    /// </summary>
    public bool IsCurrent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var href = Href.TrimEnd('/');
        var current = path.TrimEnd('/');
        return string.Equals(current, href, StringComparison.OrdinalIgnoreCase)
            || (Match == NavLinkMatch.Prefix && current.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase));
    }
}
