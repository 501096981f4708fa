using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
namespace NormsPortal.TestSupport;

/// <summary>
/// Every row of the tables an import or the seeder writes, as text (ids, versions and timestamps
/// included), so that "nothing changed" can be asserted by comparing two snapshots.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        rows.AddRange(await db.Works.AsNoTracking().OrderBy(w => w.Id)
            .Select(w => Row("work", w.Id, w.Symbol, w.Kind, w.Body, w.Committee, w.Title, w.Session, w.Date, w.OfficialUrl, w.AknWorkIri, w.Version, w.CreatedAt, w.UpdatedAt))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Facts.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => Row("fact", f.Id, f.WorkId, f.Key, f.Value, f.Source, f.Verified, f.Origin, f.Version, f.CreatedAt, f.UpdatedAt))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.FactRevisions.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => Row("revision", r.Id, r.FactId, r.OldValue, r.OldSource, r.OldVerified, r.OldOrigin, r.NewValue, r.NewSource, r.NewVerified, r.NewOrigin, r.RevisedAt, r.RevisedBy))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Expressions.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => Row("expression", e.Id, e.WorkId, e.Language, e.Source, e.SourceFormat, e.TextOfSymbol, e.ContentHash, e.Version, e.CreatedAt, e.UpdatedAt))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Provisions.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => Row("provision", p.Id, p.ExpressionId, p.ParentId, p.Kind, p.Number, p.Anchor, p.Ordinal, p.Text))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.FootnoteMarks.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => Row("mark", m.Id, m.ProvisionId, m.Offset, m.FootnoteAnchor))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Sponsors.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => Row("sponsor", s.Id, s.WorkId, s.Name, s.Role, s.Ordinal, s.Source))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Votes.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => Row("vote", v.Id, v.WorkId, v.Stage, v.Subject, v.SubjectDetail, v.Mode, v.Yes, v.No, v.Abstain, v.Date, v.Meeting, v.Source, v.Verified, v.Version, v.CreatedAt, v.UpdatedAt))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.CountryVotes.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => Row("country", c.Id, c.VoteId, c.CountryCode, c.CountryName, c.Choice))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.WorkRelations.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => Row("relation", r.Id, r.SourceWorkId, r.Kind, r.TargetSymbol, r.Source))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.CrossReferences.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => Row("reference", r.Id, r.SourceWorkId, r.SourceLanguage, r.SourceAnchor, r.Start, r.Length, r.MatchedText, r.TargetSymbol, r.TargetAnchor))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Tracks.AsNoTracking().OrderBy(t => t.Id)
            .Select(t => Row("track", t.Id, t.Key, t.Title, t.Ordinal, t.Version, t.CreatedAt, t.UpdatedAt))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.TrackMembers.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => Row("member", m.Id, m.TrackId, m.WorkSymbol, m.Ordinal))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.Norms.AsNoTracking().OrderBy(n => n.Id)
            .Select(n => Row("norm", n.Id, n.Number, n.Label, n.Ordinal, n.Statement.Symbol, n.Statement.Anchor, n.Statement.Quote, n.Version, n.CreatedAt, n.UpdatedAt))
            .ToListAsync(cancellationToken));
        rows.AddRange(await db.NormCounterparts.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => Row("counterpart", c.Id, c.NormId, c.Target.Symbol, c.Target.Anchor, c.Target.Quote, c.Citation, c.Verified))
            .ToListAsync(cancellationToken));
        return rows;
    }

    /// <summary>How many rows each table holds, e.g. <c>provision=12</c>.</summary>
    public static IReadOnlyDictionary<string, int> Counts(IReadOnlyList<string> snapshot) =>
        snapshot.GroupBy(r => r[..r.IndexOf('|', StringComparison.Ordinal)]).ToDictionary(g => g.Key, g => g.Count());

    private static string Row(string table, params object?[] values) =>
        table + "|" + string.Join("|", values.Select(Format));

    // Timestamps to the tick: a rewritten row must not pass for an untouched one.
    private static string? Format(object? value) => value switch
    {
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };
}
