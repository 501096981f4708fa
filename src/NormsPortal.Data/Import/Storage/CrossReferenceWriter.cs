using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>Replaces the cross-references of one (work, language) with those found in its new text.</summary>
internal static class CrossReferenceWriter
{
    public static async Task ReplaceAsync(
        PortalDbContext db, Work work, string language, IReadOnlyList<FoundReference> found, RowsAfterSave afterSave, CancellationToken cancellationToken)
    {
        if (db.Entry(work).State != EntityState.Added)
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
