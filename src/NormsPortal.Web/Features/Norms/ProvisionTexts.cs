using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Norms;

/// <summary>Looks up the current text of several (symbol, anchor) places in one query.</summary>
internal static class ProvisionTexts
{
    public static async Task<Dictionary<(string Symbol, string Anchor), string>> LoadAsync(
        PortalDbContext db, IReadOnlyCollection<TextReference> places, string language, CancellationToken cancellationToken)
    {
        var symbols = places.Select(p => p.Symbol).Distinct().ToList();
        var anchors = places.Select(p => p.Anchor).Distinct().ToList();
        var rows = await db.Provisions.AsNoTracking()
            .Where(p => p.Expression.Language == language && symbols.Contains(p.Expression.Work.Symbol) && anchors.Contains(p.Anchor))
            .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Text })
            .ToListAsync(cancellationToken);

        var wanted = places.Select(p => (p.Symbol, p.Anchor)).ToHashSet();
        return rows.Where(r => wanted.Contains((r.Symbol, r.Anchor)))
            .GroupBy(r => (r.Symbol, r.Anchor))
            .ToDictionary(g => g.Key, g => g.First().Text);
    }
}
