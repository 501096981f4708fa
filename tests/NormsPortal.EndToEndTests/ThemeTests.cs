using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.Web.Theming;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

public sealed partial class ThemeTests(PortalFixture portal)
{
    private const string ThemeCookie = "np-theme";

    [GeneratedRegex(@"<html\b[^>]*\bdata-theme=""dark""")]
    private static partial Regex PrerenderedDarkTheme();

    [GeneratedRegex(@"^/theme/[0-9a-f]{16}\.css$")]
    private static partial Regex VersionedThemeStylesheet();

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

    [Fact]
    public async Task WithoutAChoice_ThePageFollowsTheSystemsChanges_UntilTheReaderChooses()
    {
        await using var context = await portal.NewContextAsync(colorScheme: ColorScheme.Light);
        var home = new HomePage(await context.NewPageAsync());
        await home.GotoAsync();
        await home.WaitUntilInteractiveAsync();
        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "light");

        await home.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(home.ThemeToggle).ToHaveAttributeAsync("aria-label", "Switch to light theme");

        await home.SwitchThemeAsync();
        await home.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await home.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        Assert.True(await home.Page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));
        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "light");
        await Expect(home.ThemeToggle).ToHaveAttributeAsync("aria-label", "Switch to dark theme");
    }

    [Fact]
    public async Task ThemeStylesheet_IsLinkedUnderItsHash_CachedForAYear_AndTheMarkerChoosesTheMode()
    {
        await using var context = await portal.NewContextAsync(colorScheme: ColorScheme.Dark);
        var home = new HomePage(await context.NewPageAsync());
        await home.GotoAsync();
        await home.WaitUntilInteractiveAsync();

        var href = await home.ThemeStylesheet.GetAttributeAsync("href") ?? "";
        Assert.Matches(VersionedThemeStylesheet(), href);
        var stylesheet = await context.APIRequest.GetAsync(href);
        Assert.Equal(200, stylesheet.Status);
        Assert.Equal("public, max-age=31536000, immutable", stylesheet.Headers["cache-control"]);
        Assert.StartsWith("text/css", stylesheet.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(404, (await context.APIRequest.GetAsync("/theme/0000000000000000.css")).Status);
        Assert.Equal(0, await home.Page.Locator("style.mud-theme-provider").CountAsync());

        await Expect(home.Html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal(CssColour(PortalTheme.Theme.PaletteDark.Background), await BodyBackgroundAsync(home));
        await home.SwitchThemeAsync();
        Assert.Equal(CssColour(PortalTheme.Theme.PaletteLight.Background), await BodyBackgroundAsync(home));
    }

    private static string CssColour(MudBlazor.Utilities.MudColor colour) => $"rgb({colour.R}, {colour.G}, {colour.B})";

    private static Task<string> BodyBackgroundAsync(PortalPage page) =>
        page.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
