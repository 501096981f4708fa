using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

public sealed partial class ThemeTests(PortalFixture portal)
{
    private const string ThemeCookie = "np-theme";

    [GeneratedRegex(@"<html\b[^>]*\bdata-theme=""dark""")]
    private static partial Regex PrerenderedDarkTheme();

    [Fact]
    public async Task ThemeToggle_ChosenThemeSurvivesAReload()
    {
        await using var context = await portal.NewContextAsync(colorScheme: ColorScheme.Light);
        var home = new HomePage(await context.NewPageAsync());
        await home.GotoAsync();
        await home.WaitUntilInteractiveAsync();
        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "light");
        await Expect(home.ThemeToggle).ToHaveAttributeAsync("aria-label", "Switch to dark theme");

        await home.ThemeToggle.ClickAsync();

        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "dark");
        await Eventually.AssertAsync(
            async () => (await context.CookiesAsync()).Any(cookie => cookie.Name == ThemeCookie),
            $"The {ThemeCookie} cookie was not set after switching the theme.");

        var reload = await home.Page.ReloadAsync()
            ?? throw new InvalidOperationException("The reload gave no response.");

        // The server must render the chosen theme itself, not a script after the first paint.
        Assert.Matches(PrerenderedDarkTheme(), await reload.TextAsync());
        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(home.ThemeToggle).ToHaveAttributeAsync("aria-label", "Switch to light theme");
    }

    [Theory]
    [InlineData(ColorScheme.Dark, "dark")]
    [InlineData(ColorScheme.Light, "light")]
    public async Task FirstVisit_FollowsTheSystemColourScheme(ColorScheme systemScheme, string expectedTheme)
    {
        await using var context = await portal.NewContextAsync(colorScheme: systemScheme);
        var home = new HomePage(await context.NewPageAsync());

        await home.GotoAsync();

        await Expect(home.Html).ToHaveAttributeAsync("data-theme", expectedTheme);
    }
}
