using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Replaces the cross-references of one (work, language) with those found in its new text. A new work has none to
/// delete; the caller says so, since asking the tracker (<c>db.Entry(work).State</c>) detects the changes of the
/// whole staged work first, a cost paid again by the save.
/// </summary>
internal static class CrossReferenceWriter
{
    public static async Task ReplaceAsync(
        PortalDbContext db, Work work, bool workIsNew, string language, IReadOnlyList<FoundReference> found, RowsAfterSave afterSave, CancellationToken cancellationToken)
    {
        if (!workIsNew)
        {
            await db.CrossReferences
                .Where(r => r.SourceWorkId == work.Id && r.SourceLanguage == language)
                .ExecuteDeleteAsync(cancellationToken);
        }

        afterSave.Add(token => RowInserter.InsertAsync(
            db,
            found.Select(r => new CrossReference
            {
                SourceWorkId = work.Id,
                SourceLanguage = language,
                SourceAnchor = r.SourceAnchor,
                Start = r.Start,
                Length = r.Length,
                MatchedText = r.MatchedText,
                TargetSymbol = UnSymbol.Normalise(r.TargetSymbol),
                TargetAnchor = r.TargetAnchor,
            }).ToList(),
            token));
    }
}
