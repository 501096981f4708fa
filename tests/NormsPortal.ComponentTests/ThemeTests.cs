using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;
using NormsPortal.Web.Components.Layout;
using NormsPortal.Web.Theming;

namespace NormsPortal.ComponentTests;

public sealed class ThemeTests : PortalComponentTestBase
{
    private const string SystemDarkModeQuery = "mudThemeProvider.isDarkMode";

    private IRenderedComponent<MainLayout> RenderLayout(ThemeSelection initialTheme) =>
        Render<MainLayout>(parameters => parameters
            .AddCascadingValue(initialTheme)
            .Add(layout => layout.Body, (RenderFragment)(builder => builder.AddContent(0, "Page body"))));

    private static bool IsDarkMode(IRenderedComponent<MainLayout> layout) =>
        layout.FindComponent<MudThemeProvider>().Instance.GetState(provider => provider.IsDarkMode);

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
        JSInterop.Setup<bool>(SystemDarkModeQuery).SetResult(true);

        var layout = RenderLayout(ThemeSelection.Default);

        layout.WaitForAssertion(() => Assert.True(IsDarkMode(layout)));
        Assert.Equal("Switch to light theme", ToggleLabel(layout));
        var shown = Assert.Single(ThemeModule.VerifyInvoke("showTheme", calledTimes: 1));
        Assert.Equal(["dark"], shown.Arguments);
        ThemeModule.VerifyNotInvoke("rememberTheme");
    }

    [Fact]
    public void WithSavedChoice_IgnoresSystemPreference()
    {
        JSInterop.Setup<bool>(SystemDarkModeQuery).SetResult(true);

        var layout = RenderLayout(new ThemeSelection(ThemeMode.Light, IsReaderChoice: true));

        Assert.False(IsDarkMode(layout));
        JSInterop.VerifyNotInvoke(SystemDarkModeQuery);
        ThemeModule.VerifyNotInvoke("showTheme");
    }
}
