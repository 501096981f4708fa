using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// axe-core on the pages no other class scans: the start page in the dark theme and the plain
/// "page not found" page in both themes, each on a desktop and a phone. The start page in the light
/// theme is scanned with the other reader pages (<see cref="ReaderPagesTests"/>), the document and
/// search pages in their own classes, so no page is scanned twice at the same width and theme.
/// Each page is loaded once on a desktop and then resized to a phone (<see cref="Widths"/>).
/// </summary>
public sealed class AccessibilityTests(PortalFixture portal)
{
    [Fact]
    public async Task HomePage_InTheDarkTheme_HasNoSeriousAccessibilityViolations_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync(PortalFixture.DesktopWidth, ColorScheme.Dark);
        var page = new PortalPage(await context.NewPageAsync());
        await page.GotoAsync(HomePage.Path);
        // Let the circuit finish its first interactive render, so axe sees the page people use.
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Html).ToHaveAttributeAsync("data-theme", "dark");

        await Widths.DesktopThenPhoneAsync(page.Page, _ => Accessibility.AssertNoSeriousViolationsAsync(page.Page));
    }

    /// <summary>Light then dark on the desktop; dark then light on the phone, switched with the theme toggle.</summary>
    [Fact]
    public async Task NotFoundPage_HasNoSeriousAccessibilityViolations_InBothThemes_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync(PortalFixture.DesktopWidth, ColorScheme.Light);
        var page = new PortalPage(await context.NewPageAsync());
        await page.GotoAsync(NotFoundPage.UnknownPath);
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Html).ToHaveAttributeAsync("data-theme", "light");

        await Widths.DesktopThenPhoneAsync(page.Page, async _ =>
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page.Page);
            await page.SwitchThemeAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page.Page);
        });
    }

    [Fact]
    public async Task TheCheck_ReportsBlockingViolations_WithTheRuleAndTheElement()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html>
            <html lang="en"><head><title>Broken on purpose</title></head>
            <body><main><h1>Broken on purpose</h1>
              <p style="color:#777;background:#888">Grey on grey</p>
              <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt">
            </main></body></html>
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Accessibility.AssertNoSeriousViolationsAsync(page));

        Assert.Contains("color-contrast (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("id=\"no-alt\"", failure.Message, StringComparison.Ordinal);
    }
}
