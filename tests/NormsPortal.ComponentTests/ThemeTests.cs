using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.Layout;
using NormsPortal.Web.Theming;

namespace NormsPortal.ComponentTests;

public sealed class ThemeTests() : PortalComponentTestBase(services => services.AddSingleton<PortalThemeStyles>())
{
    private const string SystemThemeWatch = "watchSystemTheme";

    private IRenderedComponent<MainLayout> RenderLayout(ThemeSelection initialTheme) =>
        Render<MainLayout>(parameters => parameters
            .AddCascadingValue(initialTheme)
            .Add(layout => layout.Body, (RenderFragment)(builder => builder.AddContent(0, "Page body"))));

    private static bool IsDarkMode(IRenderedComponent<MainLayout> layout) =>
        layout.FindComponent<ThemeToggle>().Instance.IsDarkMode;

    private static string ToggleLabel(IRenderedComponent<MainLayout> layout) =>
        layout.Find("[data-testid=theme-toggle]").GetAttribute("aria-label")!;

    [Fact]
    public void InitialTheme_FromDarkCookie_DrawsDarkTheme()
    {
        var layout = RenderLayout(ThemeSelectionResolver.Resolve(cookieValue: "dark", colorSchemeHint: null));

        Assert.True(IsDarkMode(layout));
        Assert.Equal("Switch to light theme", ToggleLabel(layout));
    }

    [Fact]
    public void InitialTheme_FromLightCookie_DrawsLightTheme()
    {
        var layout = RenderLayout(ThemeSelectionResolver.Resolve(cookieValue: "light", colorSchemeHint: null));

        Assert.False(IsDarkMode(layout));
        Assert.Equal("Switch to dark theme", ToggleLabel(layout));
    }

    [Fact]
    public void Toggle_SwitchesToDark_AndSavesChoiceInCookie()
    {
        var layout = RenderLayout(new ThemeSelection(ThemeMode.Light, IsReaderChoice: true));

        layout.Find("[data-testid=theme-toggle]").Click();

        Assert.True(IsDarkMode(layout));
        Assert.Equal("Switch to light theme", ToggleLabel(layout));
        var saved = Assert.Single(ThemeModule.VerifyInvoke("rememberTheme", calledTimes: 1));
        Assert.Equal(["dark"], saved.Arguments);
    }

    [Fact]
    public void Toggle_Twice_ReturnsToLight_AndSavesEachChoice()
    {
        var layout = RenderLayout(new ThemeSelection(ThemeMode.Light, IsReaderChoice: true));

        layout.Find("[data-testid=theme-toggle]").Click();
        layout.Find("[data-testid=theme-toggle]").Click();

        Assert.False(IsDarkMode(layout));
        Assert.Equal("Switch to dark theme", ToggleLabel(layout));
        var saved = ThemeModule.VerifyInvoke("rememberTheme", calledTimes: 2);
        Assert.Equal(["dark", "light"], saved.Select(invocation => invocation.Arguments[0]));
    }

    [Fact]
    public void WithoutSavedChoice_FollowsSystemDarkMode_WithoutWritingCookie()
    {
        ThemeModule.Setup<string>(SystemThemeWatch, _ => true).SetResult("dark");

        var layout = RenderLayout(ThemeSelection.Default);

        layout.WaitForAssertion(() => Assert.True(IsDarkMode(layout)));
        Assert.Equal("Switch to light theme", ToggleLabel(layout));
        var shown = Assert.Single(ThemeModule.VerifyInvoke("showTheme", calledTimes: 1));
        Assert.Equal(["dark"], shown.Arguments);
        ThemeModule.VerifyNotInvoke("rememberTheme");
    }

    [Fact]
    public async Task WithoutSavedChoice_FollowsALaterSystemChange()
    {
        ThemeModule.Setup<string>(SystemThemeWatch, _ => true).SetResult("light");
        var layout = RenderLayout(ThemeSelection.Default);
        layout.WaitForAssertion(() => ThemeModule.VerifyInvoke(SystemThemeWatch));

        await layout.InvokeAsync(() => layout.Instance.ShowSystemTheme("dark"));

        Assert.True(IsDarkMode(layout));
        var shown = Assert.Single(ThemeModule.VerifyInvoke("showTheme", calledTimes: 1));
        Assert.Equal(["dark"], shown.Arguments);
        ThemeModule.VerifyNotInvoke("rememberTheme");
    }

    [Fact]
    public async Task AfterTheReadersChoice_ASystemChangeIsIgnored()
    {
        ThemeModule.Setup<string>(SystemThemeWatch, _ => true).SetResult("light");
        var layout = RenderLayout(ThemeSelection.Default);
        layout.WaitForAssertion(() => ThemeModule.VerifyInvoke(SystemThemeWatch));
        layout.Find("[data-testid=theme-toggle]").Click();

        await layout.InvokeAsync(() => layout.Instance.ShowSystemTheme("light"));

        Assert.True(IsDarkMode(layout));
        ThemeModule.VerifyNotInvoke("showTheme");
    }

    [Fact]
    public async Task ThemeStyles_HoldBothModesVariables_TheDarkOnesUnderTheDarkMarker()
    {
        var styles = (await Services.GetRequiredService<PortalThemeStyles>().GetMarkupAsync()).Value;

        var light = PortalTheme.Theme.PaletteLight.Primary;
        var dark = PortalTheme.Theme.PaletteDark.Primary;
        var darkRule = styles.IndexOf(":root[data-theme=\"dark\"]", StringComparison.Ordinal);
        Assert.True(darkRule > 0, "The dark mode's variables are not under the dark marker.");
        Assert.Contains($"--mud-palette-primary-rgb: {light.R},{light.G},{light.B};", styles[..darkRule], StringComparison.Ordinal);
        Assert.Contains($"--mud-palette-primary-rgb: {dark.R},{dark.G},{dark.B};", styles[darkRule..], StringComparison.Ordinal);
        Assert.Contains("--mud-native-html-color-scheme: dark;", styles[darkRule..], StringComparison.Ordinal);
        Assert.Contains("--mud-typography-h1-size: 2.25rem;", styles, StringComparison.Ordinal);
    }

    [Fact]
    public void WithSavedChoice_IgnoresSystemPreference()
    {
        ThemeModule.Setup<string>(SystemThemeWatch, _ => true).SetResult("dark");

        var layout = RenderLayout(new ThemeSelection(ThemeMode.Light, IsReaderChoice: true));

        Assert.False(IsDarkMode(layout));
        ThemeModule.VerifyNotInvoke(SystemThemeWatch);
        ThemeModule.VerifyNotInvoke("showTheme");
    }
}
