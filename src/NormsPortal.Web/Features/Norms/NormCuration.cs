using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Norms;

/// <summary><c>PUT /api/v1/norms/{number}</c>: the norm's new short label and the version read.</summary>
public sealed record NormLabelRequest(string? Label, long? Version);

/// <summary>A norm's curated label with its version, as saved.</summary>
public sealed record NormLabelDto(string Number, string Label, long Version);

/// <summary>
/// Curators' changes to a norm: its short label, as a change of the version read (a stale one is a conflict carrying
/// the norm as it is now, and saves nothing), audited in the same save. The search index follows by itself: the
/// context re-indexes the norm labels when a norm changes. A singleton making a short-lived context per call.
/// </summary>
public sealed class NormCuration(IDbContextFactory<PortalDbContext> contextFactory, IAuditLog audit)
{
    /// <summary>The audit log's name for a label change (<c>kind.past-tense</c>).</summary>
    public const string LabelChanged = "norm.label-changed";

    /// <summary>The longest label kept: a short label, far shorter than the column.</summary>
    public const int MaxLabelLength = 200;

    public async Task<LibraryOutcome<NormLabelDto>> SetLabelAsync(string userId, string number, NormLabelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var label = request.Label?.Trim() ?? "";
        if (label.Length == 0 || label.Length > MaxLabelLength)
        {
            return LibraryOutcome.Invalid<NormLabelDto>(string.Create(CultureInfo.InvariantCulture, $"A norm's label (\"label\") is a short phrase of 1 to {MaxLabelLength} characters."));
        }

        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<NormLabelDto>("Send the version you read (\"version\"), so a change made meanwhile by another admin is not overwritten.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        if (norm is null)
        {
            return LibraryOutcome.NotFound<NormLabelDto>();
        }

        var before = new NormLabelDto(norm.Number, norm.Label, norm.Version);
        if (norm.Version != version)
        {
            return Conflict(before, version);
        }

        if (norm.Label == label)
        {
            return LibraryOutcome.Done(before);
        }

        norm.Label = label;
        await audit.RecordAsync(db, userId, LabelChanged, AuditTargets.Of("norm", norm.Number), before, before with { Label = label, Version = version + 1 }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var now = await fresh.Norms.AsNoTracking().SingleAsync(n => n.Id == norm.Id, cancellationToken);
            return Conflict(new NormLabelDto(now.Number, now.Label, now.Version), version);
        }

        return LibraryOutcome.Done(new NormLabelDto(norm.Number, norm.Label, norm.Version));
    }

    private static LibraryOutcome<NormLabelDto> Conflict(NormLabelDto current, long sent) =>
        LibraryOutcome.Conflict(current, string.Create(CultureInfo.InvariantCulture,
            $"Norm {current.Number} changed since you read it (you sent version {sent}; it is at version {current.Version} now). Its current state is in \"current\" and what you sent in \"yours\": merge them and send the current version."));
}
