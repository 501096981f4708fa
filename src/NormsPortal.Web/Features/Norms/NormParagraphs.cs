using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// Reads the paragraph a curator names for a norm (a link's target, a reviewed step) and checks it against what the
/// portal holds (<see cref="HeldParagraph"/>, the lookup bookmarks and annotations use): the work, kept in its normal
/// form, the anchor in the work's text, and a quote in that paragraph. A work held without its text may be named by any well-formed anchor: its step then links
/// the official copy until the text is imported, as a norm's counterparts do.
/// </summary>
public static class NormParagraphs
{
    /// <summary>The paragraph (<paramref name="symbol"/>, <paramref name="anchor"/>, optional <paramref name="quote"/>), or why the portal holds none such (a sentence for a 400).</summary>
    public static async Task<(TextReference? Paragraph, string? Problem)> ReadAsync(
        PortalDbContext db, string? symbol, string? anchor, string? quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(symbol) || string.IsNullOrWhiteSpace(anchor))
        {
            return (null, "Name the paragraph by \"symbol\" and \"anchor\", e.g. { \"symbol\": \"A/76/135\", \"anchor\": \"op26\" }.");
        }

        var (work, notHeld) = await HeldParagraph.FindWorkAsync(db, symbol, cancellationToken);
        if (work is null)
        {
            return (null, notHeld);
        }

        var paragraph = await HeldParagraph.ReadAsync(db, work, anchor, cancellationToken);
        if (!paragraph.IsHeld && paragraph.WorkHoldsText)
        {
            return (null, paragraph.NotHeldProblem);
        }

        if (!paragraph.IsHeld && !ParsedAnchor.TryParse(paragraph.Anchor, out _))
        {
            return (null, $"'{paragraph.Anchor}' is not a paragraph anchor such as op5, pp3 or op13f.");
        }

        var quoted = TextReferenceResolver.Normalise(quote ?? "");
        if (quoted.Length > 0 && !paragraph.Holds(quoted))
        {
            return (null, paragraph.QuoteNotHeldProblem);
        }

        return (new TextReference { Symbol = work.Symbol, Anchor = paragraph.Anchor, Quote = quoted }, null);
    }
}
