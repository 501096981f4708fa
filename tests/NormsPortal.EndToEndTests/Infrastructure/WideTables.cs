using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Makes the page's data tables wider than a phone, as long audit rows, e-mail addresses or titles make them with
/// real data, and checks that what then scrolls sideways takes keyboard focus (the portal's ScrollRegion). Whether
/// a table overflows depends on what the database holds when a test runs (CI once found an unfocusable scrolling
/// box that local runs, with narrower rows, never had), so the check widens every table instead of hoping the data
/// does. It is stricter than axe's scrollable-region-focusable, which accepts a box with a link or a button inside:
/// those take focus, but the columns past them are still out of the keyboard's reach.
/// </summary>
public static class WideTables
{
    // MudBlazor's tables and the hand-made ones in a scroll region; the country vote table is built to fit a phone.
    private const string WidenStyle =
        ".mud-table-container > table, .np-scroll-region table { min-inline-size: 1200px !important; }";

    // Every box that scrolls sideways and cannot take focus, as the start of its markup.
    private const string UnfocusableScrollingBoxes = """
        () => [...document.body.querySelectorAll('*')]
            .filter(box => ['auto', 'scroll'].includes(getComputedStyle(box).overflowX)
                && box.scrollWidth > box.clientWidth + 1
                && box.tabIndex < 0)
            .map(box => box.outerHTML.slice(0, 160))
        """;

    /// <summary>
    /// Widens every data table on the loaded page (until it is next loaded) and asserts that each box that now
    /// scrolls sideways can take keyboard focus.
    /// </summary>
    public static async Task WidenAndAssertTheyScrollInFocusableRegionsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddStyleTagAsync(new() { Content = WidenStyle });
        var unfocusable = await page.EvaluateAsync<string[]>(UnfocusableScrollingBoxes);
        Assert.True(unfocusable.Length == 0,
            $"{page.Url} at {page.ViewportSize?.Width} px scrolls sideways in boxes the keyboard cannot reach:\n{string.Join("\n", unfocusable)}");
    }
}
