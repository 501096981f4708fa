namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// A provider's way to merge its full-text indexes less often while a batch of documents is imported
/// (<see cref="DocumentImporter.ImportManyAsync(IEnumerable{ImportRequest}, IProgress{ImportProgress}?, CancellationToken)"/>),
/// and once after it. SQLite's FTS5 tables take each document's rows as a new segment and merge segments as they
/// go: over the <c>ga-en</c> corpus that merging was about two fifths of the two tables' write cost. Set by the
/// provider project (<see cref="Providers.ProviderWriters"/>); without one a batch merges as any write does.
/// Every reader stays correct throughout: a full-text query reads every segment, merged or not.
/// </summary>
public interface IBatchIndexMerging
{
    /// <summary>Before a batch's first document: merge only when segments pile up.</summary>
    Task DeferAsync(PortalDbContext db, CancellationToken cancellationToken);

    /// <summary>After the batch, however it ended: the usual merging again, and the segments the batch left merged.</summary>
    Task MergeAsync(PortalDbContext db, CancellationToken cancellationToken);
}
