using Microsoft.AspNetCore.OutputCaching;
using NormsPortal.Data.Caching;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Files the answer being made under the <see cref="CacheTags"/> of what it shows, so that a write evicts it. Called
/// by the page or endpoint that knows what it shows, while it makes the answer; a no-op when the answer is not being
/// cached (an interactive render has no request at all).
/// </summary>
public static class CachedAnswerTags
{
    public static void TagCachedAnswer(this HttpContext? context, params IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (context?.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            cache.Tags.UnionWith(tags);
        }
    }
}
