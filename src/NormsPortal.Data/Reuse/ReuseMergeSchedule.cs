using Microsoft.EntityFrameworkCore;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// When a bulk import merges the pending list (<see cref="ReusePendingList"/>): once it holds
/// <paramref name="mergeRows"/> rows. A count scans the list, which after every document would cost PostgreSQL
/// a tenth of the document's import; so after a count the next is due only when, at the rows per document seen
/// since the last merge, the documents written since would have filled half of what was left.
/// </summary>
internal sealed class ReuseMergeSchedule(int mergeRows)
{
    private int _documentsSinceMerge;
    private int _countDueAt = 1;

    /// <summary>Called after each document that wrote: counts the list when a count is due, and merges it when full.</summary>
    public async Task MergeIfFullAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken)
    {
        if (++_documentsSinceMerge < _countDueAt)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.ReusePendingShingles.CountAsync(cancellationToken);
        if (pending >= mergeRows)
        {
            await ReusePendingList.MergeAsync(db, cancellationToken);
            _documentsSinceMerge = 0;
            _countDueAt = 1;
            return;
        }

        var rowsPerDocument = Math.Max(1.0, (double)pending / _documentsSinceMerge);
        _countDueAt = _documentsSinceMerge + Math.Max(1, (int)((mergeRows - pending) / rowsPerDocument / 2));
    }
}
