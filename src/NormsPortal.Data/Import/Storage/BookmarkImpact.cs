using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// For a previewed import: how many researchers' bookmarks of paragraphs and passages would lose their place in
/// the text (found before, missing after), asked of the one <see cref="TextReferenceResolver"/>. Only a count:
/// bookmarks are private. An import never changes a bookmark; the library shows a lost one with its quote.
/// </summary>
internal sealed class BookmarkImpact
{
    private readonly List<QuotedReference> _found;

    private BookmarkImpact(List<QuotedReference> found) => _found = found;

    /// <summary>The bookmarks on paragraphs and passages of <paramref name="symbols"/> that are found in the text as it is.</summary>
    public static async Task<BookmarkImpact> CaptureAsync(PortalDbContext db, IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        var references = (await db.Bookmarks.AsNoTracking()
                .Where(b => b.Symbol != null && symbols.Contains(b.Symbol) && (b.Kind == BookmarkKind.Paragraph || b.Kind == BookmarkKind.Passage))
                .ToListAsync(cancellationToken))
            .Select(b => BookmarkTarget.Of(b).Reference!)
            .ToList();
        var resolved = await TextReferenceResolver.ResolveAsync(db, references, cancellationToken);
        return new BookmarkImpact([.. references.Where((_, i) => !resolved[i].IsMissing)]);
    }

    /// <summary>How many of them the text now written no longer holds.</summary>
    public async Task<int> CountLostAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        (await TextReferenceResolver.ResolveAsync(db, _found, cancellationToken)).Count(r => r.IsMissing);
}
