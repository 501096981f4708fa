using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// Reads the paragraph a curator names for a norm (a link's target, a reviewed step) and checks it against what the
/// portal holds: the work (by <see cref="SymbolLookup"/>, kept in its normal form), the anchor in the work's text, and a
/// quote in that paragraph. A work held without its text may be named by any well-formed anchor: its step then links
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

        if (SymbolLookup.WhyNotASymbol(symbol) is { } notASymbol)
        {
            return (null, notASymbol);
        }

        if (await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is not { } work)
        {
            return (null, $"The portal holds no document with the symbol '{symbol.Trim()}': add it to the catalogue first.");
        }

        var at = anchor.Trim();
        var texts = await db.Provisions.AsNoTracking().Where(p => p.Expression.WorkId == work.Id && p.Anchor == at).Select(p => p.Text).ToListAsync(cancellationToken);
        if (texts.Count == 0)
        {
            var holdsText = await db.Provisions.AnyAsync(p => p.Expression.WorkId == work.Id, cancellationToken);
            if (holdsText)
            {
                return (null, $"{work.Symbol} has no paragraph with the anchor '{at}' in the text the portal holds.");
            }

            if (!ParsedAnchor.TryParse(at, out _))
            {
                return (null, $"'{at}' is not a paragraph anchor such as op5, pp3 or op13f.");
            }
        }

        var quoted = TextReferenceResolver.Normalise(quote ?? "");
        if (quoted.Length > 0 && (texts.Count == 0 || !texts.Any(text => TextReferenceResolver.Normalise(text).Contains(quoted, StringComparison.Ordinal))))
        {
            return (null, $"The quote is not in {AnchorLabel.Reference(work.Symbol, at)}.");
        }

        return (new TextReference { Symbol = work.Symbol, Anchor = at, Quote = quoted }, null);
    }
}
