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
    /// The value stored under <paramref name="key"/>; else the one <paramref name="read"/> gives, stored under the tags
    /// <paramref name="tagsOf"/> names for it (nothing is stored for null). Lives as long as a cached answer at most.
    /// </summary>
    public async Task<T?> GetOrReadAsync<T>(
        string key, Func<CancellationToken, Task<T?>> read, Func<T, IEnumerable<string>> tagsOf, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(tagsOf);
        if (await store.GetAsync(KeyPrefix + key, cancellationToken) is { } stored)
        {
            return JsonSerializer.Deserialize<T>(stored, s_json);
        }

        var value = await read(cancellationToken);
        if (value is not null)
        {
            await store.SetAsync(KeyPrefix + key, JsonSerializer.SerializeToUtf8Bytes(value, s_json), [.. tagsOf(value)], options.Value.Expiry, cancellationToken);
        }

        return value;
    }
}
