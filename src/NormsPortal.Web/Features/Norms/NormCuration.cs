using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// <c>PUT /api/v1/norms/{number}</c>: the norm's new short label and/or its themes, and the version read. A field
/// left out (null) stays as it is.
/// </summary>
public sealed record NormRevisionRequest(string? Label, IReadOnlyList<string>? Themes, long? Version);

/// <summary>A norm's curated label and themes with its version, as saved.</summary>
public sealed record NormCuratedDto(string Number, string Label, IReadOnlyList<string> Themes, long Version);

/// <summary>
/// Curators' changes to a norm: its short label and its themes, in one operation, as a change of the version read (a
/// stale one is a conflict carrying the norm as it is now, and saves nothing), audited in the same save. The search
/// index follows by itself: the context re-indexes the norm rows (label and themes) when a norm changes. A singleton
/// making a short-lived context per call.
/// </summary>
public sealed class NormCuration(IDbContextFactory<PortalDbContext> contextFactory, IAuditLog audit)
{
    /// <summary>The audit log's name for a change of a norm's label or themes (<c>kind.past-tense</c>).</summary>
    public const string Revised = "norm.revised";

    /// <summary>The longest label kept: a short label, far shorter than the column.</summary>
    public const int MaxLabelLength = 200;

    public async Task<LibraryOutcome<NormCuratedDto>> ReviseAsync(string userId, string number, NormRevisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Label is null && request.Themes is null)
        {
            return LibraryOutcome.Invalid<NormCuratedDto>("Send a new \"label\", new \"themes\" or both.");
        }

        var label = request.Label?.Trim();
        if (label is not null && (label.Length == 0 || label.Length > MaxLabelLength))
        {
            return LibraryOutcome.Invalid<NormCuratedDto>(string.Create(CultureInfo.InvariantCulture, $"A norm's label (\"label\") is a short phrase of 1 to {MaxLabelLength} characters."));
        }

        var (themes, themesProblem) = NormThemes.Read(request.Themes);
        if (themesProblem is not null)
        {
            return LibraryOutcome.Invalid<NormCuratedDto>(themesProblem);
        }

        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<NormCuratedDto>("Send the version you read (\"version\"), so a change made meanwhile by another admin is not overwritten.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.Include(n => n.Themes).SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        if (norm is null)
        {
            return LibraryOutcome.NotFound<NormCuratedDto>();
        }

        var before = Snapshot(norm);
        if (norm.Version != version)
        {
            return Conflict(before, version);
        }

        var after = before with { Label = label ?? before.Label, Themes = themes ?? before.Themes };
        if (after.Label == before.Label && after.Themes.SequenceEqual(before.Themes, StringComparer.Ordinal))
        {
            return LibraryOutcome.Done(before);
        }

        norm.Label = after.Label;
        NormThemes.Replace(db, norm, after.Themes);
        // A change of the themes alone touches only their rows: the norm's version must count it all the same.
        db.Entry(norm).Property(n => n.UpdatedAt).IsModified = true;
        await audit.RecordAsync(db, userId, Revised, AuditTargets.Of("norm", norm.Number), before, after with { Version = version + 1 }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var now = await fresh.Norms.AsNoTracking().Include(n => n.Themes).SingleAsync(n => n.Id == norm.Id, cancellationToken);
            return Conflict(Snapshot(now), version);
        }

        return LibraryOutcome.Done(Snapshot(norm));
    }

    private static NormCuratedDto Snapshot(Norm norm) =>
        new(norm.Number, norm.Label, NormThemes.InOrder(norm), norm.Version);

    private static LibraryOutcome<NormCuratedDto> Conflict(NormCuratedDto current, long sent) =>
        LibraryOutcome.Conflict(current, string.Create(CultureInfo.InvariantCulture,
            $"Norm {current.Number} changed since you read it (you sent version {sent}; it is at version {current.Version} now). Its current state is in \"current\" and what you sent in \"yours\": merge them and send the current version."));
}
