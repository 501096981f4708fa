using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>
/// What every page of the portal shares: the layout's app bar, the theme toggle, the theme on the
/// html element and the marker that says the page is interactive.
/// </summary>
/// <remarks>
/// The contract with the web shell: <c>&lt;html data-theme="light|dark"&gt;</c>, already in the
/// prerendered HTML; a theme button whose aria-label starts with "Switch to" ("Switch to dark
/// theme" in light mode); a MudBlazor app bar (<c>.mud-appbar</c>); and an element with
/// <c>data-interactive="true"</c> once the Blazor circuit has rendered the page.
/// </remarks>
public class PortalPage(IPage page)
{
    /// <summary>The Playwright page this object drives.</summary>
    public IPage Page { get; } = page;

    public ILocator Html => Page.Locator("html");

    public ILocator AppBar => Page.Locator(".mud-appbar").First;

    public ILocator ThemeToggle => Page.Locator("button[aria-label^='Switch to']");

    /// <summary>The app bar's menu button, which opens and closes the navigation drawer.</summary>
    public ILocator MenuButton => Page.Locator("header button[aria-controls='np-drawer']");

    /// <summary>The navigation drawer.</summary>
    public ILocator Drawer => Page.Locator("#np-drawer");

    /// <summary>What darkens the page behind the drawer when it is open over the page (on a phone).</summary>
    public ILocator DrawerOverlay => Page.Locator("[data-drawer-overlay]");

    public ILocator InteractiveMarker => Page.Locator("[data-interactive='true']").First;

    /// <summary>Opens a path of the portal (relative to its base address) and returns the response.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException($"Navigating to {path} gave no response.");
    }

    /// <summary>The theme on the html element right now: "light" or "dark".</summary>
    public Task<string?> ThemeAsync() => Html.GetAttributeAsync("data-theme");

    /// <summary>
    /// Switches to the other theme with the app bar's toggle, as a reader does, and waits until the page is
    /// drawn in it: the toggle's new label comes in the same render as the theme's colours.
    /// </summary>
    public async Task SwitchThemeAsync()
    {
        var (next, other) = await ThemeAsync() == "dark" ? ("light", "dark") : ("dark", "light");
        await ThemeToggle.ClickAsync();
        await Assertions.Expect(ThemeToggle).ToHaveAttributeAsync("aria-label", $"Switch to {other} theme");
        await Assertions.Expect(Html).ToHaveAttributeAsync("data-theme", next);
        await Infrastructure.Transitions.EndedAsync(Page);
    }

    /// <summary>Waits until the Blazor circuit has made the page interactive.</summary>
    public Task WaitUntilInteractiveAsync() => Assertions.Expect(InteractiveMarker).ToBeAttachedAsync();
}
