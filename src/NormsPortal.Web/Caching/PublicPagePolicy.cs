using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NormsPortal.Web.Theming;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Caches a <see cref="PublicPageAttribute">public page</see> for every reader, signed in or not (a base policy: it
/// acts on those pages only). One entry per path, query and theme the page is first drawn in (the theme cookie or
/// the colour-scheme hint; nothing else of the request changes the markup).
/// </summary>
internal sealed class PublicPagePolicy(IOptions<PublicCacheOptions> options) : IOutputCachePolicy
{
    public const string ThemeKey = "theme";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (SharedPageRequest.Is(context.HttpContext))
        {
            Enable(context, options.Value);
            var theme = ThemeSelectionResolver.FromRequest(context.HttpContext.Request);
            context.CacheVaryByRules.VaryByValues[ThemeKey] = ThemeCookie.Format(theme.Mode) + (theme.IsReaderChoice ? "-chosen" : "");
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        RefuseUnlessShareable(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>Turns caching on for a request the caller found cacheable: every query, a short life.</summary>
    internal static void Enable(OutputCacheContext context, PublicCacheOptions options)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // One render for the readers who ask at once while the entry is missing.
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = options.Expiry;
    }

    /// <summary>Stores only a whole success that sets no cookie: a cookie is one visitor's, and so is an error page's reason.</summary>
    internal static void RefuseUnlessShareable(OutputCacheContext context)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
    }
}
