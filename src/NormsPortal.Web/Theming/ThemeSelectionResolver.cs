namespace NormsPortal.Web.Theming;

/// <summary>Decides, during prerendering, which theme a request's page is drawn in.</summary>
public static class ThemeSelectionResolver
{
    public static ThemeSelection FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Resolve(request.Cookies[ThemeCookie.Name], request.Headers[ColorSchemeClientHint.HeaderName]);
    }

    /// <summary>
    /// The reader's saved choice wins; without one the browser's colour-scheme hint is the best
    /// guess; without either the page starts light.
    /// </summary>
    public static ThemeSelection Resolve(string? cookieValue, string? colorSchemeHint)
    {
        if (ThemeCookie.Parse(cookieValue) is { } chosen)
        {
            return new ThemeSelection(chosen, IsReaderChoice: true);
        }

        return ColorSchemeClientHint.Parse(colorSchemeHint) is { } hinted
            ? new ThemeSelection(hinted, IsReaderChoice: false)
            : ThemeSelection.Default;
    }
}
