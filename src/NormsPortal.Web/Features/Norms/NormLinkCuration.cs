using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Norms;

/// <summary>A curated link as sent: the paragraph, its relation to the norm, a note, and (to change one) the version read.</summary>
public sealed record NormLinkRequest(string? Symbol, string? Anchor, string? Quote, string? Relation, string? Note, long? Version);

/// <summary>A curated link of a norm to a later paragraph, with who made and last changed it.</summary>
public sealed record NormLinkDto(
    int Id,
    string Number,
    string Symbol,
    string Anchor,
    string? Quote,
    string Citation,
    string Relation,
    string? Note,
    string CreatedBy,
    DateTime CreatedAt,
    string UpdatedBy,
    DateTime UpdatedAt,
    long Version);

/// <summary>
/// Curators' links from a norm to paragraphs of later resolutions and reports that restate, develop or refer to it:
/// the curated steps of its lineage (<see cref="NormLineageQuery"/>). Added, changed (as a change of the version read:
/// a stale one is a conflict carrying the link as it is now) and removed, each audited in the same save. A singleton
/// making a short-lived context per call.
/// </summary>
public sealed class NormLinkCuration(IDbContextFactory<PortalDbContext> contextFactory, IAuditLog audit)
{
    public const string LinkAdded = "norm.link-added";
    public const string LinkChanged = "norm.link-changed";
    public const string LinkRemoved = "norm.link-removed";

    /// <summary>The relations' names in the API: <c>restates</c>, <c>develops</c>, <c>refers</c>.</summary>
    public static IReadOnlyList<string> RelationNames { get; } = [.. Enum.GetValues<NormLinkRelation>().Select(RelationName)];

    public static string RelationName(NormLinkRelation relation) => relation.ToString().ToLowerInvariant();

    /// <summary>The norm's links, oldest first; null for an unknown norm.</summary>
    public async Task<IReadOnlyList<NormLinkDto>?> ListAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.AsNoTracking().Include(n => n.Links).SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        return norm is null ? null : [.. norm.Links.OrderBy(l => l.Id).Select(l => ToDto(norm.Number, l))];
    }

    public async Task<LibraryOutcome<NormLinkDto>> AddAsync(string userId, string number, NormLinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.Include(n => n.Links).SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        if (norm is null)
        {
            return LibraryOutcome.NotFound<NormLinkDto>();
        }

        var (link, problem) = await ReadAsync(db, norm, request, except: null, cancellationToken);
        if (link is null)
        {
            return LibraryOutcome.Invalid<NormLinkDto>(problem!);
        }

        var actor = await Actors.NameAsync(db, userId, cancellationToken);
        // The audit entry names the new id, so the link is saved first, in the transaction that records it; the
        // provider's retries run the whole of it again on a fresh context.
        var added = await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            await using var attempt = await contextFactory.CreateDbContextAsync(cancel);
            await using var transaction = await attempt.Database.BeginTransactionAsync(cancel);
            var saved = new NormLink { NormId = norm.Id, Target = link.Target, Relation = link.Relation, Note = link.Note, CreatedBy = actor, UpdatedBy = actor };
            attempt.NormLinks.Add(saved);
            await attempt.SaveChangesAsync(cancel);
            await audit.RecordAsync(attempt, userId, LinkAdded, AuditTargets.Of("norm", norm.Number), null, ToDto(norm.Number, saved), cancel);
            await attempt.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
            return saved;
        }, cancellationToken);
        return LibraryOutcome.Done(ToDto(norm.Number, added));
    }

    public async Task<LibraryOutcome<NormLinkDto>> UpdateAsync(string userId, string number, int id, NormLinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<NormLinkDto>("Send the version you read (\"version\"), so a change made meanwhile by another admin is not overwritten.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.Include(n => n.Links).SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        if (norm?.Links.Find(l => l.Id == id) is not { } stored)
        {
            return LibraryOutcome.NotFound<NormLinkDto>();
        }

        var before = ToDto(norm.Number, stored);
        if (stored.Version != version)
        {
            return Conflict(before, version);
        }

        var (link, problem) = await ReadAsync(db, norm, request, except: stored, cancellationToken);
        if (link is null)
        {
            return LibraryOutcome.Invalid<NormLinkDto>(problem!);
        }

        if (link.Target == stored.Target && link.Relation == stored.Relation && link.Note == stored.Note)
        {
            return LibraryOutcome.Done(before);
        }

        (stored.Target, stored.Relation, stored.Note) = (link.Target, link.Relation, link.Note);
        stored.UpdatedBy = await Actors.NameAsync(db, userId, cancellationToken);
        await audit.RecordAsync(db, userId, LinkChanged, AuditTargets.Of("norm", norm.Number), before,
            ToDto(norm.Number, stored) with { Version = version + 1 }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var now = await fresh.NormLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
            return now is null ? LibraryOutcome.NotFound<NormLinkDto>() : Conflict(ToDto(norm.Number, now), version);
        }

        return LibraryOutcome.Done(ToDto(norm.Number, stored));
    }

    /// <summary>Removes the link; true when there was one.</summary>
    public async Task<bool> RemoveAsync(string userId, string number, int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.Include(n => n.Links).SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        if (norm?.Links.Find(l => l.Id == id) is not { } stored)
        {
            return false;
        }

        db.NormLinks.Remove(stored);
        await audit.RecordAsync(db, userId, LinkRemoved, AuditTargets.Of("norm", norm.Number), ToDto(norm.Number, stored), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static NormLinkDto ToDto(string number, NormLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new NormLinkDto(link.Id, number, link.Target.Symbol, link.Target.Anchor, link.Target.Quote.Length == 0 ? null : link.Target.Quote,
            AnchorLabel.Reference(link.Target.Symbol, link.Target.Anchor), RelationName(link.Relation), link.Note,
            link.CreatedBy, link.CreatedAt, link.UpdatedBy, link.UpdatedAt, link.Version);
    }

    /// <summary>What <paramref name="request"/> asks to link, checked; <paramref name="except"/> is the link being changed.</summary>
    private static async Task<(ReadLink? Link, string? Problem)> ReadAsync(
        PortalDbContext db, Norm norm, NormLinkRequest request, NormLink? except, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<NormLinkRelation>(request.Relation?.Trim(), ignoreCase: true, out var relation) || !Enum.IsDefined(relation)
            || int.TryParse(request.Relation, out _))
        {
            return (null, $"Say how the paragraph stands to the norm (\"relation\"): {string.Join(", ", RelationNames)}.");
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note?.Length > NormLink.MaxNoteLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"A link's note is kept up to {NormLink.MaxNoteLength} characters."));
        }

        var (target, problem) = await NormParagraphs.ReadAsync(db, request.Symbol, request.Anchor, request.Quote, cancellationToken);
        if (target is null)
        {
            return (null, problem);
        }

        if ((target.Symbol, target.Anchor) == (norm.Statement.Symbol, norm.Statement.Anchor))
        {
            return (null, $"{AnchorLabel.Reference(target.Symbol, target.Anchor)} states norm {norm.Number} itself: link a later paragraph.");
        }

        return norm.Links.Find(l => l != except && (l.Target.Symbol, l.Target.Anchor) == (target.Symbol, target.Anchor)) is { } twin
            ? (null, string.Create(CultureInfo.InvariantCulture, $"Norm {norm.Number} is linked to {AnchorLabel.Reference(target.Symbol, target.Anchor)} already (link {twin.Id}): change that link."))
            : (new ReadLink(target, relation, note), null);
    }

    private static LibraryOutcome<NormLinkDto> Conflict(NormLinkDto current, long sent) =>
        LibraryOutcome.Conflict(current, string.Create(CultureInfo.InvariantCulture,
            $"The link to {current.Citation} changed since you read it (you sent version {sent}; it is at version {current.Version} now). Its current state is in \"current\" and what you sent in \"yours\": merge them and send the current version."));

    private sealed record ReadLink(TextReference Target, NormLinkRelation Relation, string? Note);
}
