using NormsPortal.Web.Security;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Outside the output cache, on every request for a shared page (<see cref="SharedPageRequest"/>): the page is
/// rendered as the public sees it, and its body, rendered now or served from the cache, leaves with this response's
/// own nonce in place of the placeholder (<see cref="CachedPageNonce"/>).
/// </summary>
internal sealed class SharedPageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!SharedPageRequest.Is(context))
        {
            await next(context);
            return;
        }

        SharedPageRequest.RenderAsPublic(context);
        var original = context.Response.Body;
        var rewriting = new NonceRewritingStream(original, CachedPageNonce.AttributeFor(ContentSecurityPolicy.GetNonce(context)));
        context.Response.Body = rewriting;
        try
        {
            await next(context);
            await rewriting.CompleteAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
        }
    }
}
