using Microsoft.AspNetCore.OutputCaching;

namespace NormsPortal.Data.Caching;

public static class OutputCacheStoreExtensions
{
    /// <summary>Evicts every answer tagged with one of <paramref name="tags"/>.</summary>
    public static async Task EvictByTagsAsync(this IOutputCacheStore store, IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
