using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Caches a public GET (or HEAD) answer of the API for callers who are not signed in: one entry per path and query.
/// A signed-in caller is answered afresh (an admin's answers may hold what the public does not see), and nothing
/// is stored from them.
/// </summary>
internal sealed class PublicApiPolicy(IOptions<PublicCacheOptions> options) : IOutputCachePolicy
{
    public const string Name = "public-api";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && http.Request.Headers.Authorization.Count == 0)
        {
            PublicPagePolicy.Enable(context, options.Value);
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        PublicPagePolicy.RefuseUnlessShareable(context);
        return ValueTask.CompletedTask;
    }
}
