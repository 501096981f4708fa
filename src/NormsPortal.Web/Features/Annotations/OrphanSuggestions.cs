using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Compare;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// Where an orphaned annotation might belong now: the paragraphs of its work's current text that keep most of the
/// words it lost (a passage's quote in its context, or the paragraph's words as they were), in order, best first. The share is
/// <see cref="ParagraphSimilarity.Kept"/>: the words a word diff would leave unmarked.
/// </summary>
public static class OrphanSuggestions
{
    /// <summary>How many places are offered for one annotation.</summary>
    public const int MaximumCount = 3;

    /// <summary>Below this share of its words a paragraph is not offered: at most a few common words are left.</summary>
    public const double MinimumShare = 0.3;

    /// <summary>The suggestions for each orphaned annotation of <paramref name="annotations"/>, by its id, in at most one query.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<AnnotationSuggestionDto>>> ForAsync(
        PortalDbContext db, IReadOnlyList<Annotation> annotations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(annotations);
        var orphans = annotations.Where(a => a.OrphanedAt is not null && a.Symbol is not null && !string.IsNullOrWhiteSpace(a.Quote)).ToList();
        if (orphans.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<AnnotationSuggestionDto>>();
        }

        var symbols = orphans.Select(a => a.Symbol!).Distinct(StringComparer.Ordinal).ToList();
        var paragraphs = (await db.Provisions.AsNoTracking()
                .Where(p => symbols.Contains(p.Expression.Work.Symbol) && p.Kind != ProvisionKind.Footnote)
                .OrderBy(p => p.Expression.Language).ThenBy(p => p.Ordinal)
                .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Expression.Language, p.Text })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.Symbol, p => (p.Anchor, p.Language, p.Text, Words: ParagraphSimilarity.Read(p.Text)));
        return orphans.ToDictionary(a => a.Id, a => Best(a, paragraphs[a.Symbol!]));
    }

    private static IReadOnlyList<AnnotationSuggestionDto> Best(
        Annotation orphan, IEnumerable<(string Anchor, string Language, string Text, ParagraphWords Words)> paragraphs)
    {
        // A passage's context is part of what it lost: "Encourages States to" still stands where its quote was reworded.
        var lost = ParagraphSimilarity.Read(string.Join(' ', orphan.Prefix, orphan.Quote, orphan.Suffix));
        // One place per anchor: the language in which it keeps most of the words.
        return [.. paragraphs
            .Select(p => (p.Anchor, p.Language, p.Text, Share: ParagraphSimilarity.Kept(lost, p.Words)))
            .Where(p => p.Share >= MinimumShare)
            .GroupBy(p => p.Anchor, StringComparer.Ordinal)
            .Select(g => g.MaxBy(p => p.Share))
            .OrderByDescending(p => p.Share).ThenBy(p => p.Anchor, StringComparer.Ordinal)
            .Take(MaximumCount)
            .Select(p => new AnnotationSuggestionDto(p.Anchor, AnchorLabel.Reference(orphan.Symbol!, p.Anchor), p.Language, Math.Round(p.Share, 2), p.Text))];
    }
}
