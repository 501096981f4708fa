using Microsoft.AspNetCore.Antiforgery;

namespace NormsPortal.Web.Security.Antiforgery;

/// <summary>
/// Refuses a write (POST, PUT, PATCH, DELETE) to the API that the browser's cookie authenticates
/// unless it carries the antiforgery token in <see cref="ApiAntiforgery.HeaderName"/>: another site
/// can make a browser send the cookie, never the token. A request with a bearer token needs none
/// (a browser never adds one on its own), and anonymous requests are not checked.
/// </summary>
internal sealed class CookieWriteAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (IsWrite(http.Request.Method) && IsAuthenticatedByCookie(http) && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                title: "The antiforgery token is missing or not valid",
                detail: $"A write signed in with the browser's cookie needs the page's antiforgery token in the {ApiAntiforgery.HeaderName} header "
                    + $"(<meta name=\"{ApiAntiforgery.MetaName}\">), or a bearer token instead of the cookie.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool IsAuthenticatedByCookie(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
        && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
