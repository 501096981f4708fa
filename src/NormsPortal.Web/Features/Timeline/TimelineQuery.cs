using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Web.Features.Timeline;

/// <summary>
/// The curated tracks as lanes, with each member's date, plenary vote and the earlier works of the series it
/// cites; the precursors; the reports the series endorsed; and the sessions a track skipped.
/// </summary>
public sealed class TimelineQuery(IDbContextFactory<PortalDbContext> contextFactory) : ITimelineQuery
{
    /// <summary>
    /// What happened in a session a track skipped, where the curators know it (seed/series.json): in 2017 the
    /// Assembly took a decision instead of a resolution.
    /// </summary>
    private static readonly Dictionary<int, string> s_knownGaps = new()
    {
        [72] = "No resolution: the General Assembly took decision 72/512 instead.",
    };

    /// <summary>The year a session's resolutions are adopted: session 53 sat in 1998 (sessions open each September since 1946).</summary>
    public static int YearOfSession(int session) => 1945 + session;

    public async Task<TimelineDto> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().Include(t => t.Members).OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
        var symbols = tracks.SelectMany(t => t.Members.Select(m => m.WorkSymbol)).Distinct().ToList();
        var endorsements = await db.WorkRelations.AsNoTracking()
            .Where(r => r.Kind == WorkRelationKind.Endorses)
            .Join(db.Works, r => r.SourceWorkId, w => w.Id, (r, w) => new { Resolution = w.Symbol, Report = r.TargetSymbol })
            .ToListAsync(cancellationToken);
        var reportSymbols = endorsements.Select(e => e.Report).Distinct().ToList();
        var inTimeline = symbols.Concat(reportSymbols).ToHashSet();

        var works = await db.Works.AsNoTracking()
            .Where(w => symbols.Contains(w.Symbol) || reportSymbols.Contains(w.Symbol))
            .Select(w => new
            {
                w.Symbol,
                w.Title,
                w.Date,
                w.Session,
                Votes = w.Votes
                    .Where(v => v.Stage == VoteStage.Plenary && v.Subject == VoteSubject.WholeText)
                    .Select(v => new { v.Mode, v.Yes, v.No, v.Abstain, v.Verified, v.Date })
                    .ToList(),
            })
            .ToDictionaryAsync(w => w.Symbol, cancellationToken);
        var citations = await db.CrossReferences.AsNoTracking()
            .Where(r => symbols.Contains(r.SourceWork.Symbol) && r.TargetSymbol != r.SourceWork.Symbol)
            .Select(r => new { Source = r.SourceWork.Symbol, r.TargetSymbol })
            .Distinct()
            .ToListAsync(cancellationToken);
        var recalls = citations.Where(c => inTimeline.Contains(c.TargetSymbol)).ToLookup(c => c.Source, c => c.TargetSymbol);
        var endorses = endorsements.ToLookup(e => e.Resolution, e => e.Report);

        TimelineEntryDto Entry(string symbol)
        {
            var work = works.GetValueOrDefault(symbol);
            var session = work?.Session ?? UnSymbol.Session(symbol);
            return new TimelineEntryDto(
                symbol,
                work is not null,
                work?.Title,
                work?.Date,
                work?.Date?.Year ?? (session is { } s ? YearOfSession(s) : null),
                work?.Votes.OrderBy(v => v.Date).Select(v => new TimelineVoteDto(v.Mode.ToString(), v.Yes, v.No, v.Abstain, v.Verified)).FirstOrDefault(),
                [.. recalls[symbol].Distinct().OrderBy(s => UnSymbol.Session(s) ?? 0).ThenBy(s => s, StringComparer.Ordinal)],
                [.. endorses[symbol].Order(StringComparer.Ordinal)],
                DocumentUrls.For(symbol));
        }

        var lanes = tracks
            .Where(t => t.Key != Track.PrecursorsKey)
            .Select(t =>
            {
                var entries = t.Members.OrderBy(m => m.Ordinal).Select(m => Entry(m.WorkSymbol)).ToList();
                return new TimelineLaneDto(t.Key, t.Title, entries, Gaps(entries));
            })
            .ToList();
        var precursors = tracks.Where(t => t.Key == Track.PrecursorsKey)
            .SelectMany(t => t.Members.OrderBy(m => m.Ordinal))
            .Select(m => Entry(m.WorkSymbol))
            .ToList();
        var reports = endorsements
            .OrderBy(e => UnSymbol.Session(e.Report) ?? 0)
            .Select(e => works.GetValueOrDefault(e.Report) is { } report
                ? new TimelineReportDto(e.Report, report.Title, report.Date, e.Resolution, DocumentUrls.For(e.Report))
                : new TimelineReportDto(e.Report, null, null, e.Resolution, DocumentUrls.For(e.Report)))
            .ToList();
        var years = lanes.SelectMany(l => l.Entries).Select(e => e.Year).OfType<int>().ToList();
        return new TimelineDto(lanes, precursors, reports, years.Count > 0 ? years.Min() : null, years.Count > 0 ? years.Max() : null);
    }

    /// <summary>Sessions between two consecutive members of a lane in which it has no resolution.</summary>
    private static List<TimelineGapDto> Gaps(List<TimelineEntryDto> entries)
    {
        var sessions = entries.Select(e => UnSymbol.Session(e.Symbol)).OfType<int>().Distinct().Order().ToList();
        var gaps = new List<TimelineGapDto>();
        for (var i = 1; i < sessions.Count; i++)
        {
            for (var missing = sessions[i - 1] + 1; missing < sessions[i]; missing++)
            {
                gaps.Add(new TimelineGapDto(missing, YearOfSession(missing), s_knownGaps.GetValueOrDefault(missing, "No resolution in this session.")));
            }
        }

        return gaps;
    }
}
