using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NormsPortal.Data.Caching;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Data every reader's render shares (a norm's lineage), kept in the output cache's own store beside the answers that
/// show it and filed under the same <see cref="CacheTags"/>, so that the writes that evict those answers evict it too,
/// on every instance, through the one eviction there is. An interactive render has no cached answer to be served from;
/// it reads this instead of the database. Only what the public sees may go in: it is served to every reader.
/// </summary>
public sealed class SharedDataCache(IOutputCacheStore store, IOptions<PublicCacheOptions> options)
{
    /// <summary>Keeps these entries apart from the output cache's, whose keys begin with the request's method.</summary>
    private const string KeyPrefix = "shared-data:";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The reads under way, by key. Readers who miss the same entry at once wait for one read: when hundreds of readers
    /// open norm pages just after an eviction (or a start), each miss would otherwise run the same queries, and on
    /// PostgreSQL under the 500-circuit load those piled up into 30 s time-outs.
    /// </summary>
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _readsUnderWay = new();

    /// <summary>
    /// The value stored under <paramref name="key"/>; else the one <paramref name="read"/> gives, stored under the tags
    /// <paramref name="tagsOf"/> names for it (nothing is stored for null). Lives as long as a cached answer at most.
    /// Callers who miss the same key at once share one read, which no single caller's cancellation stops.
    /// </summary>
    public async Task<T?> GetOrReadAsync<T>(
        string key, Func<CancellationToken, Task<T?>> read, Func<T, IEnumerable<string>> tagsOf, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(tagsOf);
        var storeKey = KeyPrefix + key;
        if (await store.GetAsync(storeKey, cancellationToken) is { } stored)
        {
            return JsonSerializer.Deserialize<T>(stored, s_json);
        }

        var readUnderWay = _readsUnderWay.GetOrAdd(
            storeKey, _ => new Lazy<Task<object?>>(() => ReadAndStoreAsync(storeKey, read, tagsOf)));
        return (T?)await readUnderWay.Value.WaitAsync(cancellationToken);
    }

    private async Task<object?> ReadAndStoreAsync<T>(string storeKey, Func<CancellationToken, Task<T?>> read, Func<T, IEnumerable<string>> tagsOf)
        where T : class
    {
        try
        {
            var value = await read(CancellationToken.None);
            if (value is not null)
            {
                await store.SetAsync(storeKey, JsonSerializer.SerializeToUtf8Bytes(value, s_json), [.. tagsOf(value)], options.Value.Expiry, CancellationToken.None);
            }

            return value;
        }
        finally
        {
            // The next miss reads afresh: a read is shared only while it is under way.
            _readsUnderWay.TryRemove(storeKey, out _);
        }
    }
}
