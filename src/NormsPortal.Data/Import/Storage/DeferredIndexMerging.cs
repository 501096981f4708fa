using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Providers;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// The span of a batch import over which the provider's full-text indexes merge less (<see cref="IBatchIndexMerging"/>):
/// begun before the first document, ended after the last, also when the batch is cancelled or fails, so the indexes
/// are never left with their merging deferred by a batch that is over.
/// </summary>
internal sealed class DeferredIndexMerging : IAsyncDisposable
{
    private readonly IDbContextFactory<PortalDbContext> _contexts;
    private readonly IBatchIndexMerging _merging;

    private DeferredIndexMerging(IDbContextFactory<PortalDbContext> contexts, IBatchIndexMerging merging)
    {
        _contexts = contexts;
        _merging = merging;
    }

    /// <summary>Defers the merging for a batch; null when the provider merges no differently in one.</summary>
    public static async Task<DeferredIndexMerging?> BeginAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (ProviderWriters.Of<IBatchIndexMerging>(db) is not { } merging)
        {
            return null;
        }

        await merging.DeferAsync(db, cancellationToken);
        return new DeferredIndexMerging(contexts, merging);
    }

    /// <summary>Merges what the batch wrote, even when it was cancelled: its documents are stored and searched.</summary>
    public async ValueTask DisposeAsync()
    {
        await using var db = await _contexts.CreateDbContextAsync(CancellationToken.None);
        await _merging.MergeAsync(db, CancellationToken.None);
    }
}
