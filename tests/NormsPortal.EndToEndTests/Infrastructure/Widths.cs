using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Checks one loaded page on a desktop and then on a phone by resizing its window, instead of loading the page
/// again in a phone-sized browser context: a page load (and its Blazor circuit) costs about as much as an axe
/// scan. The portal follows the width only through CSS media queries and the navigation drawer, whose
/// breakpoint listener (MudBlazor's) closes it below the md breakpoint; both follow a resize, so the page at
/// 375 px after a resize is the page a phone loads (the drawer closed, the layout reflowed).
/// </summary>
public static partial class Widths
{
    // The two widths every responsive check covers, in the order DesktopThenPhoneAsync takes them.
    private static readonly int[] s_desktopAndPhone = [PortalFixture.DesktopWidth, PortalFixture.PhoneWidth];

    // MudBlazor's md breakpoint: from this width up the responsive drawer stays open beside the page.
    private const int DrawerBreakpoint = 960;

    [GeneratedRegex(@"\bmud-drawer--open\b")]
    private static partial Regex OpenDrawer();

    [GeneratedRegex(@"\bmud-drawer--closed\b")]
    private static partial Regex ClosedDrawer();

    // The layout makes room for the drawer beside the page, or not, by a class of its own.
    [GeneratedRegex(@"\bmud-drawer-open-responsive-")]
    private static partial Regex LayoutBesideOpenDrawer();

    [GeneratedRegex(@"\bmud-drawer-close-responsive-")]
    private static partial Regex LayoutBesideClosedDrawer();

    /// <summary>
    /// Runs <paramref name="check"/> on the page as it is (at <see cref="PortalFixture.DesktopWidth"/>, where the
    /// test opened it), then resizes the window to <see cref="PortalFixture.PhoneWidth"/> and runs it again.
    /// </summary>
    public static async Task DesktopThenPhoneAsync(IPage page, Func<int, Task> check)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(check);
        foreach (var width in s_desktopAndPhone)
        {
            if (page.ViewportSize?.Width != width)
            {
                await ResizeAsync(page, width);
            }

            await check(width);
        }
    }

    /// <summary>Resizes the page's window to <paramref name="width"/> and waits until the layout has followed.</summary>
    public static async Task ResizeAsync(IPage page, int width)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.SetViewportSizeAsync(width, page.ViewportSize?.Height ?? 800);
        // A statically rendered page (the account forms) has no circuit, so nothing but CSS follows the width.
        if (await page.Locator("[data-interactive='true']").CountAsync() > 0)
        {
            var isPhone = width < DrawerBreakpoint;
            await Assertions.Expect(page.Locator(".mud-drawer").First).ToHaveClassAsync(isPhone ? ClosedDrawer() : OpenDrawer());
            await Assertions.Expect(page.Locator(".mud-layout").First).ToHaveClassAsync(isPhone ? LayoutBesideClosedDrawer() : LayoutBesideOpenDrawer());
        }

        await Transitions.EndedAsync(page);
    }

    /// <summary>Asserts that the page is no wider than its window; the message names the page and the width.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow} px at {page.ViewportSize?.Width} px.");
    }
}
