namespace NormsPortal.Web.Theming;

/// <summary>
/// The theme a page is first drawn in, and whether the reader chose it. A reader's choice is
/// kept; a guess (from the browser's colour-scheme hint, or the light default) gives way to the
/// system preference as soon as the page's script runs (wwwroot/js/theme.js).
/// </summary>
/// <param name="Mode">The theme to draw the page in.</param>
/// <param name="IsReaderChoice">True when the mode comes from the reader's saved choice.</param>
public sealed record ThemeSelection(ThemeMode Mode, bool IsReaderChoice)
{
    /// <summary>What a page uses when nothing is known about the reader's preference.</summary>
    public static ThemeSelection Default { get; } = new(ThemeMode.Light, IsReaderChoice: false);
}
