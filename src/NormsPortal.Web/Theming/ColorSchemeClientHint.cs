namespace NormsPortal.Web.Theming;

/// <summary>
/// The <c>Sec-CH-Prefers-Color-Scheme</c> client hint: Chromium-based browsers send the system
/// colour scheme with the request once the server has asked for it, which lets the very first
/// prerendered page match a dark system theme.
/// </summary>
public static class ColorSchemeClientHint
{
    public const string HeaderName = "Sec-CH-Prefers-Color-Scheme";

    /// <summary>Reads the header value, a structured-field string such as <c>"dark"</c>.</summary>
    public static ThemeMode? Parse(string? value) => value?.Trim().Trim('"').ToLowerInvariant() switch
    {
        "light" => ThemeMode.Light,
        "dark" => ThemeMode.Dark,
        _ => null,
    };
}
