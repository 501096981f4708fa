using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace NormsPortal.Data.References;

/// <summary>
/// Re-attaches references to the text after a re-import replaced its provision rows: the one place that
/// decides whether a bookmarked or annotated paragraph or passage is still there, has moved to another
/// anchor, or is missing (then only its stored quote is left to show). A reference without an anchor points
/// at the whole work and is present while the work is held. Quotes are compared with runs of white space
/// made one space, in any of the work's languages.
/// </summary>
public static partial class TextReferenceResolver
{
    /// <summary>Between a symbol and an anchor in a place's key: neither ever holds a line break.</summary>
    private const string PlaceSeparator = "\n";

    /// <summary>The resolution of each of <paramref name="references"/>, in the same order, in at most three queries.</summary>
    public static async Task<IReadOnlyList<ReferenceResolution>> ResolveAsync(
        PortalDbContext db, IReadOnlyList<QuotedReference> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            return [];
        }

        var symbols = references.Select(r => r.Reference.Symbol).Distinct(StringComparer.Ordinal).ToList();
        var anchors = references.Select(r => r.Reference.Anchor).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        // The symbol and anchor filters use the indexes; the pairs keep out the other works' paragraphs that happen
        // to share an anchor (op1, pp3 …), which for a page of a hundred bookmarks were most of the rows read.
        var places = references.Where(r => r.Reference.Anchor.Length > 0).Select(r => r.Reference.Symbol + PlaceSeparator + r.Reference.Anchor)
            .Distinct(StringComparer.Ordinal).ToList();
        var heldWorks = await db.Works.AsNoTracking().Where(w => symbols.Contains(w.Symbol)).Select(w => w.Symbol).ToListAsync(cancellationToken);
        var atAnchor = (await db.Provisions.AsNoTracking()
                .Where(p => symbols.Contains(p.Expression.Work.Symbol) && anchors.Contains(p.Anchor)
                    && places.Contains(p.Expression.Work.Symbol + PlaceSeparator + p.Anchor))
                .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Text })
                .ToListAsync(cancellationToken))
            .ToLookup(p => (p.Symbol, p.Anchor), p => Normalise(p.Text));

        var resolutions = new ReferenceResolution?[references.Count];
        var searchElsewhere = new List<int>();
        for (var i = 0; i < references.Count; i++)
        {
            var (reference, quote) = (references[i].Reference, Normalise(references[i].Reference.Quote));
            if (!heldWorks.Contains(reference.Symbol, StringComparer.Ordinal))
            {
                resolutions[i] = new ReferenceResolution(ReferenceState.Missing, null, reference.Quote);
            }
            else if (reference.Anchor.Length == 0)
            {
                resolutions[i] = new ReferenceResolution(ReferenceState.Present, null, reference.Quote);
            }
            else if (atAnchor[(reference.Symbol, reference.Anchor)].Any(text => text.Contains(quote, StringComparison.Ordinal)))
            {
                resolutions[i] = new ReferenceResolution(ReferenceState.Present, reference.Anchor, reference.Quote);
            }
            else if (quote.Length == 0)
            {
                // A paragraph without a quote has nothing to be found by elsewhere.
                resolutions[i] = new ReferenceResolution(ReferenceState.Missing, null, reference.Quote);
            }
            else
            {
                searchElsewhere.Add(i);
            }
        }

        if (searchElsewhere.Count > 0)
        {
            var moved = searchElsewhere.Select(i => references[i].Reference.Symbol).Distinct(StringComparer.Ordinal).ToList();
            var texts = (await db.Provisions.AsNoTracking()
                    .Where(p => moved.Contains(p.Expression.Work.Symbol))
                    .OrderBy(p => p.Expression.Language).ThenBy(p => p.Ordinal)
                    .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Text })
                    .ToListAsync(cancellationToken))
                .ToLookup(p => p.Symbol, p => (p.Anchor, Text: Normalise(p.Text)));
            foreach (var i in searchElsewhere)
            {
                resolutions[i] = FindElsewhere(references[i], texts[references[i].Reference.Symbol]);
            }
        }

        return [.. resolutions.Select(r => r!)];
    }

    /// <summary>
    /// The paragraph that now holds the quote: one where the quote stands in its old context when there is
    /// one, else the first in reading order.
    /// </summary>
    private static ReferenceResolution FindElsewhere(QuotedReference passage, IEnumerable<(string Anchor, string Text)> provisions)
    {
        var quote = Normalise(passage.Reference.Quote);
        var inContext = Normalise(passage.Prefix + " " + passage.Reference.Quote + " " + passage.Suffix);
        var candidates = provisions.Where(p => p.Text.Contains(quote, StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return new ReferenceResolution(ReferenceState.Missing, null, passage.Reference.Quote);
        }

        var best = candidates.FirstOrDefault(p => p.Text.Contains(inContext, StringComparison.Ordinal));
        return new ReferenceResolution(ReferenceState.Moved, (best == default ? candidates[0] : best).Anchor, passage.Reference.Quote);
    }

    /// <summary>Runs of white space as one space, trimmed: a re-import may re-flow a text without changing it.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
