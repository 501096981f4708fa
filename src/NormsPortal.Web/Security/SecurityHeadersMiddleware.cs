using Microsoft.Net.Http.Headers;

namespace NormsPortal.Web.Security;

/// <summary>
/// Adds the security headers to every response, including error pages: the headers are set just
/// before the response starts, after any exception handler has cleared the response.
/// </summary>
public static class SecurityHeadersMiddleware
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var httpContext = (HttpContext)state;
                var headers = httpContext.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers[HeaderNames.ContentSecurityPolicy] =
                    ContentSecurityPolicy.Build(ContentSecurityPolicy.GetNonce(httpContext));
                return Task.CompletedTask;
            }, context);

            return next(context);
        });
}
