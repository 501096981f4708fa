using System.Security.Claims;

namespace NormsPortal.Web.Caching;

/// <summary>
/// A request for a <see cref="PublicPageAttribute">public page</see>: its markup is rendered as the public sees it
/// and may be stored for everyone, so it must carry nothing of the reader's own: no user, no antiforgery token or
/// cookie, no nonce of its own (see <see cref="CachedPageNonce"/>).
/// </summary>
public static class SharedPageRequest
{
    private static readonly ClaimsPrincipal s_public = new(new ClaimsIdentity());

    public static bool Is(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null;
    }

    /// <summary>
    /// Renders the page as for a reader who is not signed in. The circuit, which the browser opens with its own
    /// cookie, renders the reader's parts.
    /// </summary>
    public static void RenderAsPublic(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.User = s_public;
    }
}
