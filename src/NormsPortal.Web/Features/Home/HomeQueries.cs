using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Home;

/// <summary>What the home page shows besides the norms: the tracks in brief and recent changes.</summary>
public sealed class HomeQueries(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>How many recently changed works the home page lists.</summary>
    public const int RecentCount = 6;

    public async Task<IReadOnlyList<TrackBriefDto>> TracksAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Ordinal)
            .Select(t => new { t.Key, t.Title, Members = t.Members.OrderBy(m => m.Ordinal).Select(m => m.WorkSymbol).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var symbols = tracks.SelectMany(t => t.Members).Distinct().ToList();
        var dates = await db.Works.AsNoTracking().Where(w => symbols.Contains(w.Symbol))
            .Select(w => new { w.Symbol, w.Date })
            .ToDictionaryAsync(w => w.Symbol, w => w.Date, cancellationToken);

        return tracks.Select(t =>
        {
            var first = t.Members.FirstOrDefault();
            var latest = t.Members.LastOrDefault();
            return new TrackBriefDto(t.Key, t.Title, t.Members.Count, first, YearOf(first), latest, YearOf(latest));
        }).ToList();

        int? YearOf(string? symbol) => symbol is not null && dates.GetValueOrDefault(symbol) is { } date ? date.Year : null;
    }

    /// <summary>The works changed last, newest change first; a work created then is marked new.</summary>
    public async Task<IReadOnlyList<RecentWorkDto>> RecentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var works = await db.Works.AsNoTracking()
            .OrderByDescending(w => w.UpdatedAt).ThenBy(w => w.Symbol)
            .Take(RecentCount)
            .Select(w => new { w.Symbol, w.Kind, w.Title, w.CreatedAt, w.UpdatedAt })
            .ToListAsync(cancellationToken);
        return works.Select(w => new RecentWorkDto(
            w.Symbol, w.Kind.ToName(), w.Title, w.UpdatedAt, w.UpdatedAt - w.CreatedAt < TimeSpan.FromSeconds(1), DocumentUrls.For(w.Symbol))).ToList();
    }
}
