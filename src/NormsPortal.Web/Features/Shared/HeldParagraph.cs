using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.References;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Web.Features;

/// <summary>
/// A paragraph someone names by symbol and anchor (a bookmark's or an annotation's target, a norm's link or a reviewed
/// lineage step), as the portal holds it: the work in its normal form, and the paragraph's text in every language held.
/// The one lookup and the one wording of its refusals behind all of them; each caller decides what it accepts of a work
/// held without its text.
/// </summary>
/// <param name="Symbol">The work's symbol in its normal form.</param>
/// <param name="Anchor">The anchor as named, trimmed.</param>
/// <param name="Texts">The paragraph's text in each language held; empty when the work's text has no such paragraph.</param>
/// <param name="WorkHoldsText">Whether the portal holds any text of the work.</param>
public sealed record HeldParagraph(string Symbol, string Anchor, IReadOnlyList<string> Texts, bool WorkHoldsText)
{
    /// <summary>The work <paramref name="symbol"/> names, or why it names none the portal holds (a sentence for a 400).</summary>
    public static async Task<(HeldWork? Work, string? Problem)> FindWorkAsync(PortalDbContext db, string symbol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(symbol);
        if (SymbolLookup.WhyNotASymbol(symbol) is { } notASymbol)
        {
            return (null, notASymbol);
        }

        return await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is { } work
            ? (work, null)
            : (null, $"The portal holds no document with the symbol '{symbol.Trim()}'.");
    }

    /// <summary>The paragraph at <paramref name="anchor"/> of <paramref name="work"/>, as far as the portal holds it.</summary>
    public static async Task<HeldParagraph> ReadAsync(PortalDbContext db, HeldWork work, string anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(anchor);
        var at = anchor.Trim();
        var texts = await db.Provisions.AsNoTracking()
            .Where(p => p.Expression.WorkId == work.Id && p.Anchor == at)
            .Select(p => p.Text)
            .ToListAsync(cancellationToken);
        var holdsText = texts.Count > 0 || await db.Provisions.AnyAsync(p => p.Expression.WorkId == work.Id, cancellationToken);
        return new HeldParagraph(work.Symbol, at, texts, holdsText);
    }

    /// <summary>Whether the work's text has the paragraph.</summary>
    public bool IsHeld => Texts.Count > 0;

    /// <summary>Why the paragraph cannot be named: the work's text lacks it.</summary>
    public string NotHeldProblem => $"{Symbol} has no paragraph with the anchor '{Anchor}' in the text the portal holds.";

    /// <summary>Whether the paragraph holds <paramref name="quote"/> in some language (both compared normalised).</summary>
    public bool Holds(string quote) =>
        Texts.Any(text => TextReferenceResolver.Normalise(text).Contains(TextReferenceResolver.Normalise(quote), StringComparison.Ordinal));

    /// <summary>Why a quote cannot be kept: the paragraph does not hold it.</summary>
    public string QuoteNotHeldProblem => $"The quote is not in {AnchorLabel.Reference(Symbol, Anchor)}.";
}
