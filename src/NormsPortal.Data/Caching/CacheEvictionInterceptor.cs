using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NormsPortal.Data.Caching;

/// <summary>
/// Ties a context's <see cref="CacheEviction"/> to its transactions, whoever opened them (the context's own save, an
/// import, a curation service): a new transaction starts with nothing to evict, its commit announces and then evicts
/// what its writes changed, and a rollback or a failure forgets it.
/// </summary>
internal sealed class CacheEvictionInterceptor : DbTransactionInterceptor
{
    public static readonly CacheEvictionInterceptor Instance = new();

    private CacheEvictionInterceptor()
    {
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        EvictionOf(eventData)?.Discard();
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        EvictionOf(eventData)?.Discard();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        EvictionOf(eventData)?.AnnounceAsync(transaction.Connection!, transaction, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (EvictionOf(eventData) is { } eviction)
        {
            await eviction.AnnounceAsync(transaction.Connection!, transaction, cancellationToken);
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictionOf(eventData)?.EvictCommittedAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (EvictionOf(eventData) is { } eviction)
        {
            // The write is committed: evicting must not be skipped because its caller gave up meanwhile.
            await eviction.EvictCommittedAsync(CancellationToken.None);
        }
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => EvictionOf(eventData)?.Discard();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EvictionOf(eventData)?.Discard();
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => EvictionOf(eventData)?.Discard();

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EvictionOf(eventData)?.Discard();
        return Task.CompletedTask;
    }

    private static CacheEviction? EvictionOf(DbContextEventData eventData) => (eventData.Context as PortalDbContext)?.CacheEviction;
}
