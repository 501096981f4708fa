namespace NormsPortal.Data.Model;

/// <summary>
/// A row of the reuse index's pending list: what an import appends instead of a <see cref="ReuseShingle"/>.
/// Keyed by the paragraph first, so an import's rows are appended side by side rather than spread over the
/// hash-keyed index one page each; a merge moves them there in hash order (<c>ReusePendingList</c>). A row is
/// pending or merged, never both; the finder reads both (<c>ReuseFinder</c>).
/// </summary>
public sealed class ReusePendingShingle
{
    /// <summary>The paragraph's <see cref="SearchEntry.Id"/>.</summary>
    public long EntryId { get; set; }

    public long Hash { get; set; }
}
