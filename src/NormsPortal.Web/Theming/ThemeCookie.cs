namespace NormsPortal.Web.Theming;

/// <summary>
/// The cookie that remembers the reader's theme choice. The server reads it while prerendering so
/// the first paint is already in the chosen theme; wwwroot/js/theme.js writes it.
/// </summary>
public static class ThemeCookie
{
    public const string Name = "np-theme";

    public static string Format(ThemeMode mode) => mode == ThemeMode.Dark ? "dark" : "light";

    /// <summary>Reads a cookie value; anything but "light" or "dark" counts as no choice.</summary>
    public static ThemeMode? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "light" => ThemeMode.Light,
        "dark" => ThemeMode.Dark,
        _ => null,
    };
}
