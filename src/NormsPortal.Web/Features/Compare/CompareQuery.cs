using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.Compare;

/// <summary>Loads two works' texts in a language both hold and aligns them paragraph by paragraph (<see cref="ParagraphAligner"/>).</summary>
public sealed class CompareQuery(IDbContextFactory<PortalDbContext> contextFactory) : ICompareService
{
    public async Task<CompareLookup> CompareAsync(string first, string second, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var left = await FindAsync(db, first, cancellationToken);
        if (left is null)
        {
            return new CompareLookup(CompareStatus.UnknownFirst, null, first);
        }

        var right = await FindAsync(db, second, cancellationToken);
        if (right is null)
        {
            return new CompareLookup(CompareStatus.UnknownSecond, null, second);
        }

        var common = left.TextLanguages.Intersect(right.TextLanguages).ToList();
        var chosen = language is not null && common.Contains(language) ? language
            : common.Contains(Languages.English) ? Languages.English
            : common.FirstOrDefault();
        IReadOnlyList<AlignedParagraph> paragraphs = chosen is null
            ? []
            : ParagraphAligner.Align(
                await ParagraphsAsync(db, left.Symbol, chosen, cancellationToken),
                await ParagraphsAsync(db, right.Symbol, chosen, cancellationToken));
        return new CompareLookup(CompareStatus.Compared, new CompareResult(left, right, chosen, common, paragraphs), null);
    }

    public async Task<IReadOnlyList<string>> ComparableSymbolsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var symbols = await db.Works.AsNoTracking()
            .Where(w => w.Expressions.Any(e => e.Provisions.Count != 0))
            .Select(w => w.Symbol)
            .ToListAsync(cancellationToken);
        return [.. symbols.Order(StringComparer.Ordinal)];
    }

    private static async Task<ComparedWork?> FindAsync(PortalDbContext db, string symbol, CancellationToken cancellationToken)
    {
        if (await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is not { } held)
        {
            return null;
        }

        var work = await db.Works.AsNoTracking()
            .Where(w => w.Id == held.Id)
            .Select(w => new
            {
                w.Symbol,
                w.Title,
                w.Date,
                Languages = w.Expressions.Where(e => e.Provisions.Count != 0).Select(e => e.Language).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return work is null
            ? null
            : new ComparedWork(work.Symbol, work.Title, work.Date, [.. Languages.Official.Where(work.Languages.Contains)], DocumentUrls.For(work.Symbol));
    }

    private static async Task<List<ComparedParagraph>> ParagraphsAsync(PortalDbContext db, string symbol, string language, CancellationToken cancellationToken) =>
        await db.Provisions.AsNoTracking()
            .Where(p => p.Expression.Work.Symbol == symbol && p.Expression.Language == language && p.Kind != ProvisionKind.Footnote)
            .OrderBy(p => p.Ordinal)
            .Select(p => new ComparedParagraph(p.Anchor, p.Number, p.Kind.ToString(), p.Text))
            .ToListAsync(cancellationToken);
}
