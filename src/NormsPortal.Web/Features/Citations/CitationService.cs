using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// Finds what a citation of a work or one of its paragraphs needs: the work's symbol, kind, title
/// and date (from its facts), and the paragraph named by the anchor. Used by the citation API and by
/// the citation panel, so both cite alike.
/// </summary>
public sealed class CitationService(IDbContextFactory<PortalDbContext> contextFactory) : ICitationService
{
    /// <summary>
    /// The work <paramref name="symbol"/> (as written) and, when <paramref name="anchor"/> is given, its paragraph.
    /// When the portal holds the work's text the anchor must name one of its provisions; otherwise it must follow
    /// the anchor grammar (a report can be cited at a paragraph before its text is imported).
    /// </summary>
    public async Task<CitationLookup> FindAsync(string symbol, string? anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is not { } held)
        {
            return CitationLookup.UnknownWork(symbol);
        }

        var work = await db.Works.AsNoTracking()
            .Where(w => w.Id == held.Id)
            .Select(w => new
            {
                w.Id,
                w.Symbol,
                w.Kind,
                w.Title,
                w.Date,
                Facts = w.Facts.Where(f => f.Key == FactKeys.Title || f.Key == FactKeys.Date)
                    .Select(f => new { f.Key, f.Value, f.Verified }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (work is null)
        {
            return CitationLookup.UnknownWork(symbol);
        }

        var titleFact = work.Facts.FirstOrDefault(f => f.Key == FactKeys.Title);
        var dateFact = work.Facts.FirstOrDefault(f => f.Key == FactKeys.Date);
        var citable = new CitableWork(
            work.Symbol,
            work.Kind,
            work.Title ?? titleFact?.Value,
            work.Date ?? ParseDate(dateFact?.Value),
            [.. work.Facts.Where(f => !f.Verified).Select(f => f.Key).Order(StringComparer.Ordinal)]);
        if (string.IsNullOrWhiteSpace(anchor))
        {
            return CitationLookup.Found(new CitationTarget(citable, null));
        }

        anchor = anchor.Trim();
        var provisions = await db.Provisions.AsNoTracking()
            .Where(p => p.Expression.WorkId == work.Id && p.Anchor == anchor)
            .Select(p => new { p.Kind, p.Number, p.Expression.Language })
            .ToListAsync(cancellationToken);
        if (provisions.Count == 0 && await db.Expressions.AnyAsync(e => e.WorkId == work.Id && e.Provisions.Any(), cancellationToken))
        {
            return CitationLookup.UnknownAnchor(work.Symbol, anchor, "its text has no paragraph with that anchor.");
        }

        // The printed number is the same in every language but its script need not be: prefer English.
        var provision = provisions.OrderBy(p => p.Language == Languages.English ? 0 : 1).FirstOrDefault();
        var pinpoint = Pinpoint.Parse(anchor, provision?.Kind, provision?.Number);
        return pinpoint is null
            ? CitationLookup.UnknownAnchor(work.Symbol, anchor, "that is not the anchor of a paragraph (anchors look like op1.6, pp3, op4a, fn2 or annex-op3).")
            : CitationLookup.Found(new CitationTarget(citable, pinpoint));
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
