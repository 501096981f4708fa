using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;

namespace NormsPortal.EndToEndTests;

/// <summary>axe-core on every page the other tests visit, on a desktop and a phone, in both themes.</summary>
public sealed class AccessibilityTests(PortalFixture portal)
{
    public static TheoryData<string, int, ColorScheme> PagesWidthsAndThemes()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var path in new[] { HomePage.Path, NotFoundPage.UnknownPath })
        {
            foreach (var width in new[] { PortalFixture.DesktopWidth, PortalFixture.PhoneWidth })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    data.Add(path, width, scheme);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWidthsAndThemes))]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, int width, ColorScheme systemScheme)
    {
        await using var context = await portal.NewContextAsync(width, systemScheme);
        var page = await context.NewPageAsync();
        await new PortalPage(page).GotoAsync(path);
        // Let the circuit finish its first interactive render, so axe sees the page people use.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
