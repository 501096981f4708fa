namespace NormsPortal.Web.Theming;

/// <summary>
/// <c>GET /theme/{version}.css</c>: the theme's stylesheet, cached by browsers and proxies for a year, as the
/// fingerprinted static files are. Only the current version is served; an address of an earlier theme answers 404,
/// as an earlier static file's does.
/// </summary>
public static class ThemeStylesheetEndpoint
{
    private const string CacheForAYear = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(ThemeStylesheet.PathPrefix + "{version}.css", async (string version, PortalThemeStyles styles, HttpContext context) =>
        {
            var stylesheet = await styles.GetStylesheetAsync();
            if (!string.Equals(version, stylesheet.Version, StringComparison.Ordinal))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = CacheForAYear;
            return Results.Text(stylesheet.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
