using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.Layout;
using NormsPortal.Web.Theming;

namespace NormsPortal.ComponentTests;

/// <summary>
/// What the server does for the theme: the theme button's name in the prerendered theme, and the theme's stylesheet.
/// Switching the theme and following the system's scheme happen in the browser (wwwroot/js/theme.js; the end-to-end
/// ThemeTests).
/// </summary>
public sealed class ThemeTests() : PortalComponentTestBase(services => services.AddSingleton<PortalThemeStyles>())
{
    private IRenderedComponent<MainLayout> RenderLayout(ThemeSelection initialTheme) =>
        Render<MainLayout>(parameters => parameters
            .AddCascadingValue(initialTheme)
            .Add(layout => layout.Body, (RenderFragment)(builder => builder.AddContent(0, "Page body"))));

    [Theory]
    [InlineData("dark", "Switch to light theme")]
    [InlineData("light", "Switch to dark theme")]
    public void ThemeButton_IsNamedForTheOtherTheme_OfTheSavedChoice(string savedChoice, string expectedName)
    {
        var layout = RenderLayout(ThemeSelectionResolver.Resolve(cookieValue: savedChoice, colorSchemeHint: null));

        var button = layout.Find("[data-testid=theme-toggle]");
        Assert.Equal(expectedName, button.GetAttribute("aria-label"));
        Assert.True(button.HasAttribute("data-theme-toggle"));
    }

    [Fact]
    public async Task ThemeStylesheet_HoldsBothModesVariables_TheDarkOnesUnderTheDarkMarker()
    {
        var styles = (await Services.GetRequiredService<PortalThemeStyles>().GetStylesheetAsync()).Css;

        var light = PortalTheme.Theme.PaletteLight.Primary;
        var dark = PortalTheme.Theme.PaletteDark.Primary;
        var darkRule = styles.IndexOf(":root[data-theme=\"dark\"]", StringComparison.Ordinal);
        Assert.True(darkRule > 0, "The dark mode's variables are not under the dark marker.");
        Assert.Contains($"--mud-palette-primary-rgb: {light.R},{light.G},{light.B};", styles[..darkRule], StringComparison.Ordinal);
        Assert.Contains($"--mud-palette-primary-rgb: {dark.R},{dark.G},{dark.B};", styles[darkRule..], StringComparison.Ordinal);
        Assert.Contains("--mud-native-html-color-scheme: dark;", styles[darkRule..], StringComparison.Ordinal);
        Assert.Contains("--mud-typography-h1-size: 2.25rem;", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("<", styles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeStylesheet_IsLinkedUnderItsContentsHash()
    {
        var stylesheet = await Services.GetRequiredService<PortalThemeStyles>().GetStylesheetAsync();

        Assert.Equal(stylesheet, ThemeStylesheet.Of(stylesheet.Css));
        Assert.Equal($"/theme/{stylesheet.Version}.css", stylesheet.Url);
        Assert.NotEqual(stylesheet.Version, ThemeStylesheet.Of(stylesheet.Css + " ").Version);
    }
}
