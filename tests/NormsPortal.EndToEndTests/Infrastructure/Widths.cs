using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Checks one loaded page on a desktop and then on a phone by resizing its window, instead of loading the page
/// again in a phone-sized browser context: a page load (and its Blazor circuit) costs about as much as an axe
/// scan. The portal follows the width only through CSS media queries, the navigation drawer's among them (open
/// beside the page from the md breakpoint up, closed below; wwwroot/js/drawer.js forgets a reader's choice when the
/// breakpoint is crossed), so the page at 375 px after a resize is the page a phone loads (the drawer closed, the
/// layout reflowed).
/// </summary>
public static class Widths
{
    // The two widths every responsive check covers, in the order DesktopThenPhoneAsync takes them.
    private static readonly int[] s_desktopAndPhone = [PortalFixture.DesktopWidth, PortalFixture.PhoneWidth];

    // MudBlazor's md breakpoint: from this width up the drawer stays open beside the page.
    private const int DrawerBreakpoint = 960;

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
        var drawer = page.Locator("#np-drawer");
        if (width < DrawerBreakpoint)
        {
            await Assertions.Expect(drawer).ToBeHiddenAsync();
        }
        else
        {
            await Assertions.Expect(drawer).ToBeVisibleAsync();
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
