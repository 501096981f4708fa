using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace NormsPortal.Web.Security.Antiforgery;

/// <summary>
/// Accepts a sign-out form post that the browser says comes from the portal's own pages (<c>Sec-Fetch-Site:
/// same-origin</c>, or an <c>Origin</c> naming this site), or that carries a valid antiforgery token. The sign-out
/// button of a shared page (served from the output cache to every reader) can carry no token of the reader's; the
/// browser's origin headers, which another site cannot forge, protect it instead.
/// </summary>
internal sealed class SignOutRequestFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        return IsFromThisSite(http.Request) || await antiforgery.IsRequestValidAsync(http)
            ? await next(context)
            : TypedResults.BadRequest();
    }

    private static bool IsFromThisSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"] is [var site])
        {
            return site == "same-origin";
        }

        return request.Headers[HeaderNames.Origin] is [var origin]
            && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
