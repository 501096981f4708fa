using Microsoft.Net.Http.Headers;

namespace NormsPortal.Web.Theming;

/// <summary>
/// Asks Chromium-based browsers for the <see cref="ColorSchemeClientHint"/> on every HTML page.
/// <c>Accept-CH</c> asks for it on later requests; <c>Critical-CH</c> makes the browser retry the
/// first request at once with the hint, so even a first visit is prerendered in the system theme.
/// </summary>
public static class ColorSchemeClientHintMiddleware
{
    public static IApplicationBuilder UseColorSchemeClientHint(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    response.Headers["Accept-CH"] = ColorSchemeClientHint.HeaderName;
                    response.Headers["Critical-CH"] = ColorSchemeClientHint.HeaderName;
                    // Caches must keep one copy per colour scheme, and per theme cookie.
                    response.Headers.Append(HeaderNames.Vary, ColorSchemeClientHint.HeaderName);
                    response.Headers.Append(HeaderNames.Vary, HeaderNames.Cookie);
                }

                return Task.CompletedTask;
            }, context.Response);

            return next(context);
        });
}
