using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace NormsPortal.Data.Caching;

/// <summary>
/// The cached answers one context's writes changed, held until their transaction commits
/// (<see cref="CacheEvictionInterceptor"/>): then announced to every instance within the transaction
/// (<see cref="ICacheTagChannel"/>) and evicted from this instance's output cache once committed
/// (<see cref="LocalCacheEviction"/>). A transaction rolled back, or one that fails, evicts nothing. Both services come
/// from the host (<c>AddPortalCacheEviction</c>); a context made without it (tests, benchmarks) evicts nothing.
/// </summary>
internal sealed class CacheEviction(PortalDbContext db)
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    /// <summary>Tags written by the context; evicted at once when no transaction is open (the write is committed).</summary>
    public async Task AddAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        _tags.UnionWith(tags);
        if (_tags.Count > 0 && db.Database.CurrentTransaction is null)
        {
            await AnnounceAsync(db.Database.GetDbConnection(), transaction: null, cancellationToken);
            await EvictCommittedAsync(cancellationToken);
        }
    }

    public void Discard() => _tags.Clear();

    /// <summary>Announces the tags within the transaction about to commit.</summary>
    public async Task AnnounceAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (_tags.Count > 0 && Service<ICacheTagChannel>() is { } channel)
        {
            await channel.AnnounceAsync(connection, transaction, [.. _tags], cancellationToken);
        }
    }

    /// <summary>Evicts the tags from this instance's cache, once their transaction committed.</summary>
    public async Task EvictCommittedAsync(CancellationToken cancellationToken)
    {
        var tags = _tags.ToList();
        _tags.Clear();
        if (tags.Count > 0 && Service<LocalCacheEviction>() is { } eviction)
        {
            await eviction.EvictAsync(tags, cancellationToken);
        }
    }

    private T? Service<T>()
        where T : class =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<T>();
}
