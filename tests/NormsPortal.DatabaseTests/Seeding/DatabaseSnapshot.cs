using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;

namespace NormsPortal.DatabaseTests.Seeding;

/// <summary>
/// Every row the seeder writes, with its version and timestamp, as one line each: two snapshots are
/// equal exactly when nothing was added, changed or removed.
/// </summary>
internal static class DatabaseSnapshot
{
    public static async Task<List<string>> TakeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        rows.AddRange((await db.Works.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken))
            .Select(w => Row("work", w.Id, w.Version, w.CreatedAt.Ticks, w.UpdatedAt.Ticks, w.Symbol, w.Kind, w.Title, w.Date, w.Session, w.Body, w.Committee, w.OfficialUrl)));
        rows.AddRange((await db.Facts.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken))
            .Select(f => Row("fact", f.Id, f.Version, f.CreatedAt.Ticks, f.UpdatedAt.Ticks, f.WorkId, f.Key, f.Value, f.Source, f.Verified, f.Origin)));
        rows.AddRange((await db.FactRevisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => Row("revision", r.Id, r.FactId, r.OldValue, r.OldSource, r.OldVerified, r.OldOrigin, r.NewValue, r.NewSource, r.NewVerified, r.NewOrigin, r.RevisedAt.Ticks, r.RevisedBy)));
        rows.AddRange((await db.Votes.AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken))
            .Select(v => Row("vote", v.Id, v.Version, v.CreatedAt.Ticks, v.UpdatedAt.Ticks, v.WorkId, v.Stage, v.Subject, v.Mode, v.Yes, v.No, v.Abstain, v.Date, v.Source, v.Verified)));
        rows.AddRange((await db.CountryVotes.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => Row("countryVote", c.Id, c.VoteId, c.CountryCode, c.CountryName, c.Choice)));
        rows.AddRange((await db.WorkRelations.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => Row("relation", r.Id, r.SourceWorkId, r.Kind, r.TargetSymbol, r.Source)));
        rows.AddRange((await db.Tracks.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .Select(t => Row("track", t.Id, t.Version, t.CreatedAt.Ticks, t.UpdatedAt.Ticks, t.Key, t.Title, t.Ordinal)));
        rows.AddRange((await db.TrackMembers.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Select(m => Row("member", m.Id, m.TrackId, m.WorkSymbol, m.Ordinal)));
        rows.AddRange((await db.Norms.AsNoTracking().OrderBy(n => n.Id).ToListAsync(cancellationToken))
            .Select(n => Row("norm", n.Id, n.Version, n.CreatedAt.Ticks, n.UpdatedAt.Ticks, n.Number, n.Label, n.Ordinal, n.Statement.Symbol, n.Statement.Anchor, n.Statement.Quote)));
        rows.AddRange((await db.NormCounterparts.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => Row("counterpart", c.Id, c.NormId, c.Target.Symbol, c.Target.Anchor, c.Target.Quote, c.Citation, c.Verified)));
        return rows;
    }

    private static string Row(params object?[] values) => string.Join(" | ", values);
}
