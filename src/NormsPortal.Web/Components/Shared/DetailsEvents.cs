using Microsoft.AspNetCore.Components;

namespace NormsPortal.Web.Components;

/// <summary>
/// <c>@ontoggle</c> on a <c>details</c> element: the browser fires <c>toggle</c> when it opens or closes, by a click,
/// the keyboard or a script, so a component can write folded content into its circuit only once it is shown.
/// </summary>
[EventHandler("ontoggle", typeof(EventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class DetailsEvents;
