using NormsPortal.Web.Theming;

namespace NormsPortal.ComponentTests;

public sealed class ThemeSelectionResolverTests
{
    [Theory]
    [InlineData("dark", ThemeMode.Dark)]
    [InlineData("light", ThemeMode.Light)]
    [InlineData(" Dark ", ThemeMode.Dark)]
    public void Resolve_ThemeCookie_IsReadersChoice(string cookieValue, ThemeMode expected)
    {
        var selection = ThemeSelectionResolver.Resolve(cookieValue, colorSchemeHint: null);

        Assert.Equal(new ThemeSelection(expected, IsReaderChoice: true), selection);
    }

    [Fact]
    public void Resolve_CookieWinsOverColorSchemeHint()
    {
        var selection = ThemeSelectionResolver.Resolve("light", "\"dark\"");

        Assert.Equal(new ThemeSelection(ThemeMode.Light, IsReaderChoice: true), selection);
    }

    [Theory]
    [InlineData("\"dark\"", ThemeMode.Dark)]
    [InlineData("\"light\"", ThemeMode.Light)]
    public void Resolve_WithoutCookie_UsesColorSchemeHintAsGuess(string hint, ThemeMode expected)
    {
        var selection = ThemeSelectionResolver.Resolve(cookieValue: null, hint);

        Assert.Equal(new ThemeSelection(expected, IsReaderChoice: false), selection);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("purple", null)]
    [InlineData("", "\"no-preference\"")]
    public void Resolve_NothingUsable_StartsLightWithoutChoice(string? cookieValue, string? hint)
    {
        Assert.Equal(ThemeSelection.Default, ThemeSelectionResolver.Resolve(cookieValue, hint));
        Assert.Equal(new ThemeSelection(ThemeMode.Light, IsReaderChoice: false), ThemeSelection.Default);
    }
}
