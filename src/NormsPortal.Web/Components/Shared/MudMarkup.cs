using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace NormsPortal.Web.Components;

/// <summary>
/// MudBlazor's markup for what every page shows and nobody changes (the app bar's buttons, the copy buttons),
/// written without MudBlazor's components: a <c>MudIconButton</c> is two components and a <c>MudButton</c> with an
/// icon three, and each component costs every reader's circuit two render-tree buffers and its state for as long
/// as the page is open. The classes are the ones those components write, so MudBlazor's styles apply unchanged.
/// </summary>
public static class MudMarkup
{
    /// <summary>The classes of a text-variant <c>MudIconButton</c> in the inherited colour (the app bar's).</summary>
    public const string IconButtonClass = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";

    /// <summary>The classes of a text-variant <c>MudButton</c> in the inherited colour, medium size.</summary>
    public const string TextButtonClass = "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-medium mud-ripple";

    /// <summary>The classes of a small outlined <c>MudButton</c> in the default colour.</summary>
    public const string SmallOutlinedButtonClass = "mud-button-root mud-button mud-button-outlined mud-button-outlined-default mud-button-outlined-size-small mud-ripple";

    /// <summary>
    /// <c>MudIcon</c>'s markup for one of MudBlazor's SVG icons (<see cref="Icons"/>: the library's own constants,
    /// written as markup as <c>MudIcon</c> writes them; never text from a reader or the database).
    /// </summary>
    public static RenderFragment Icon(string icon, Size size = Size.Medium) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", size == Size.Small ? "mud-icon-root mud-svg-icon mud-icon-size-small" : "mud-icon-root mud-svg-icon mud-icon-size-medium");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        builder.AddMarkupContent(6, icon);
        builder.CloseElement();
    };
}
