using Microsoft.AspNetCore.OutputCaching;

namespace NormsPortal.Data.Caching;

/// <summary>
/// Evicts tags from this instance's output cache: at once, and again after <paramref name="repeatAfter"/>. An answer
/// whose rendering began before the write committed shows what the database held before, and the output cache stores
/// it when it is done, after the first eviction: the second removes it, so no stale answer outlives a change by more
/// than that (none when zero: no repeat).
/// </summary>
public sealed class LocalCacheEviction(IOutputCacheStore store, TimeSpan repeatAfter)
{
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await EvictNowAsync(tags, cancellationToken);
        if (repeatAfter > TimeSpan.Zero)
        {
            // Not awaited: the write's caller does not wait for it; the in-memory store does not fail.
            _ = RepeatAsync(tags);
        }
    }

    private async Task RepeatAsync(IReadOnlyCollection<string> tags)
    {
        await Task.Delay(repeatAfter, CancellationToken.None);
        await EvictNowAsync(tags, CancellationToken.None);
    }

    private async Task EvictNowAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
