using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// axe-core on the pages no other class scans: the start page in the dark theme and the plain
/// "page not found" page in both themes, each on a desktop and a phone. The start page in the light
/// theme is scanned with the other reader pages (<see cref="ReaderPagesTests"/>), the document and
/// search pages in their own classes, so no page is scanned twice at the same width and theme.
/// </summary>
public sealed class AccessibilityTests(PortalFixture portal)
{
    public static TheoryData<string, int, ColorScheme> PagesWidthsAndThemes()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var width in new[] { PortalFixture.DesktopWidth, PortalFixture.PhoneWidth })
        {
            data.Add(HomePage.Path, width, ColorScheme.Dark);
            data.Add(NotFoundPage.UnknownPath, width, ColorScheme.Light);
            data.Add(NotFoundPage.UnknownPath, width, ColorScheme.Dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWidthsAndThemes))]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, int width, ColorScheme systemScheme)
    {
        await using var context = await portal.NewContextAsync(width, systemScheme);
        var page = new PortalPage(await context.NewPageAsync());
        await page.GotoAsync(path);
        // Let the circuit finish its first interactive render, so axe sees the page people use.
        await page.WaitUntilInteractiveAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(page.Page);
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
