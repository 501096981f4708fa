using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// The passages of one work that a researcher saved, where they stand in the text now: what the document page
/// highlights for that researcher alone. Found again by <see cref="TextReferenceResolver"/>, as the library page
/// finds them, so a passage the text no longer holds is not highlighted (the library marks it instead).
/// </summary>
public sealed class SavedPassages(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>The owner's passages of the work <paramref name="symbol"/> (as the portal holds it) that the text still holds.</summary>
    public async Task<IReadOnlyList<SavedPassage>> InWorkAsync(string ownerId, string symbol, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var passages = await db.Bookmarks.AsNoTracking()
            .Where(b => b.OwnerId == ownerId && b.Kind == BookmarkKind.Passage && b.Symbol == symbol)
            .OrderBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var places = await TextReferenceResolver.ResolveAsync(db, [.. passages.Select(p => BookmarkTarget.Of(p).Reference!)], cancellationToken);
        return [.. passages.Zip(places)
            .Where(pair => !pair.Second.IsMissing)
            .Select(pair => new SavedPassage(pair.Second.Anchor!, pair.First.Quote ?? "", pair.First.Prefix ?? "", pair.First.Suffix ?? ""))];
    }
}

/// <summary>
/// A saved passage as the page's script finds it in a paragraph: the <see cref="Anchor"/> where it stands now,
/// the quoted words and a little text either side (to tell one occurrence from another).
/// </summary>
public sealed record SavedPassage(string Anchor, string Quote, string Prefix, string Suffix);
