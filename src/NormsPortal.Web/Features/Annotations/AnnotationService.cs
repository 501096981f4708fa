using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NormsPortal.Data;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// Curators' annotations: the public reads the published ones (never their Markdown, only the cleaned HTML);
/// admins create, change, delete (softly), restore, and go back through every revision. Every save is a new
/// <see cref="AnnotationRevision"/> numbered as the version it leaves, and carries the version it was based on:
/// a stale one is a conflict answered with the annotation as it is now, and saves nothing. Every change is in the
/// audit log, committed with it (<see cref="IAuditLog"/>). The caller checks who may do what; this service takes
/// the acting user's id. A singleton making a short-lived context per call.
/// </summary>
public sealed class AnnotationService(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, IAuditLog audit)
{
    private const string VersionNeeded = "Send the version you read (\"version\"), so a change made meanwhile by another admin is not overwritten.";

    /// <summary>A page of the annotations <paramref name="query"/> asks for, and how many match in all; the Markdown only when <paramref name="withSource"/>.</summary>
    public async Task<(IReadOnlyList<AnnotationDto> Items, int Total)> ListAsync(AnnotationListQuery query, bool withSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = await FilteredAsync(db, query, cancellationToken);
        var total = await matching.CountAsync(cancellationToken);
        var page = await matching.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .AsNoTracking().ToListAsync(cancellationToken);
        return (await ToDtosAsync(db, page, withSource, cancellationToken), total);
    }

    /// <summary>
    /// The published annotations of a work, by the anchor of the paragraph they are about now (empty for the
    /// work itself), and those of the norms its text states, by the stating paragraph's anchor: what the document
    /// page shows beside each paragraph (as the norm page shows a norm's and its paragraph's).
    /// </summary>
    public async Task<ILookup<string, AnnotationDto>> PublishedForWorkAsync(string symbol, CancellationToken cancellationToken)
    {
        var (items, _) = await ListAsync(new AnnotationListQuery { Symbol = symbol, PageSize = int.MaxValue }, withSource: false, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stated = await db.Norms.Where(n => n.Statement.Symbol == symbol)
            .Select(n => new { n.Number, n.Statement.Anchor }).ToDictionaryAsync(n => n.Number, n => n.Anchor, StringComparer.Ordinal, cancellationToken);
        var numbers = stated.Keys.ToList();
        var ofNorms = await OfStatus(db, AnnotationStatus.Published).Where(a => a.Kind == BookmarkKind.Norm && numbers.Contains(a.NormNumber!))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).AsNoTracking().ToListAsync(cancellationToken);
        return items.Select(a => (Anchor: a.Target.Anchor ?? "", Note: a))
            .Concat((await ToDtosAsync(db, ofNorms, withSource: false, cancellationToken)).Select(a => (Anchor: stated[a.Target.Norm!], Note: a)))
            .ToLookup(n => n.Anchor, n => n.Note, StringComparer.Ordinal);
    }

    /// <summary>The published annotations of a norm and of the paragraph stating it: what the norm page shows.</summary>
    public async Task<IReadOnlyList<AnnotationDto>> PublishedForNormAsync(string number, CancellationToken cancellationToken) =>
        (await ListAsync(new AnnotationListQuery { Norm = number, PageSize = int.MaxValue }, withSource: false, cancellationToken)).Items;

    /// <summary>One annotation; a member of the public (<paramref name="withSource"/> false) finds only a published one that is not deleted.</summary>
    public async Task<AnnotationDto?> GetAsync(int id, bool withSource, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var annotation = await db.Annotations.AsNoTracking()
            .Where(a => a.Id == id && (withSource || (a.Status == AnnotationStatus.Published && a.DeletedAt == null && a.OrphanedAt == null)))
            .SingleOrDefaultAsync(cancellationToken);
        return annotation is null ? null : (await ToDtosAsync(db, [annotation], withSource, cancellationToken))[0];
    }

    /// <summary>A new annotation by <paramref name="userId"/>, with its first revision.</summary>
    public async Task<LibraryOutcome<AnnotationDto>> CreateAsync(string userId, AnnotationCreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (target, problem) = request.Target?.Query is not null
            ? (null, "An annotation is about a norm, a paragraph, a passage or a work, not a search.")
            : await BookmarkTargets.ReadAsync(db, request.Target, cancellationToken);
        if (target is null)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(problem!.Replace("A bookmark", "An annotation", StringComparison.Ordinal));
        }

        var annotation = AnnotationTargets.NewAnnotation(target, userId);
        if (Apply(annotation, request.Body ?? "", request.Status ?? AnnotationTargets.StatusName(AnnotationStatus.Draft)) is { } invalid)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(invalid);
        }

        // The audit entry names the new id, so the annotation is saved first, in the transaction that records it;
        // the provider's retries run the whole of it again on a fresh context. A connection lost while committing
        // leaves it unknown whether the commit happened: before running it again, the strategy looks for the row
        // the attempt inserted (its id, author and body), so a save that did commit is not made twice.
        int? inserted = null;
        var id = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            annotation,
            async (_, wanted, cancel) =>
            {
                inserted = null;
                await using var attempt = await contextFactory.CreateDbContextAsync(cancel);
                await using var transaction = await attempt.Database.BeginTransactionAsync(cancel);
                var added = AnnotationTargets.NewAnnotation(target, userId);
                (added.Body, added.Status) = (wanted.Body, wanted.Status);
                added.Revisions.Add(await RevisionAsync(attempt, added, 1, userId, cancel));
                attempt.Annotations.Add(added);
                await attempt.SaveChangesAsync(cancel);
                inserted = added.Id;
                await audit.RecordAsync(attempt, userId, AnnotationActions.Created, Target(added.Id), null, Snapshot(added), cancel);
                await attempt.SaveChangesAsync(cancel);
                await transaction.CommitAsync(cancel);
                return added.Id;
            },
            async (_, wanted, cancel) =>
            {
                if (inserted is not { } candidate)
                {
                    return new ExecutionResult<int>(false, 0);
                }

                await using var check = await contextFactory.CreateDbContextAsync(cancel);
                var committed = await check.Annotations.AnyAsync(a => a.Id == candidate && a.CreatedBy == userId && a.Body == wanted.Body, cancel);
                return new ExecutionResult<int>(committed, candidate);
            },
            cancellationToken);
        return LibraryOutcome.Done((await GetAsync(id, withSource: true, cancellationToken))!);
    }

    /// <summary>
    /// Saves a new body and status (an omitted one stays) as a change of the version the admin read: a stale
    /// version is a conflict carrying the annotation as it is now, and nothing is saved.
    /// </summary>
    public async Task<LibraryOutcome<AnnotationDto>> UpdateAsync(string userId, int id, AnnotationUpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(VersionNeeded);
        }

        return await SaveAsync(userId, id, version, AnnotationActions.Updated, annotation =>
            annotation.DeletedAt is not null
                ? "The annotation is deleted: restore it before changing it."
                : Apply(annotation, request.Body ?? annotation.Body, request.Status ?? AnnotationTargets.StatusName(annotation.Status)), cancellationToken);
    }

    /// <summary>
    /// Attaches the annotation to <paramref name="request"/>'s target (checked as a new one is), as a change of the
    /// version the admin read: an orphaned annotation leaves the queue. A stale version is a conflict, as for a save.
    /// </summary>
    public async Task<LibraryOutcome<AnnotationDto>> ReattachAsync(string userId, int id, AnnotationReattachRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(VersionNeeded);
        }

        BookmarkTarget? target;
        string? problem;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            (target, problem) = request.Target?.Query is not null
                ? (null, "An annotation is about a norm, a paragraph, a passage or a work, not a search.")
                : await BookmarkTargets.ReadAsync(db, request.Target, cancellationToken);
        }

        if (target is null)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(problem!.Replace("A bookmark", "An annotation", StringComparison.Ordinal));
        }

        return await SaveAsync(userId, id, version, AnnotationActions.Reattached, annotation =>
        {
            if (annotation.DeletedAt is not null)
            {
                return "The annotation is deleted: restore it before attaching it.";
            }

            var placed = AnnotationTargets.NewAnnotation(target, annotation.CreatedBy);
            (annotation.Kind, annotation.NormNumber, annotation.Symbol, annotation.Anchor) = (placed.Kind, placed.NormNumber, placed.Symbol, placed.Anchor);
            (annotation.Quote, annotation.Prefix, annotation.Suffix) = (placed.Quote, placed.Prefix, placed.Suffix);
            annotation.OrphanedAt = null;
            return null;
        }, cancellationToken);
    }

    /// <summary>Puts back the body of revision <paramref name="number"/> as a new revision; the status stays as it is.</summary>
    public async Task<LibraryOutcome<AnnotationDto>> RestoreRevisionAsync(string userId, int id, int number, long? version, CancellationToken cancellationToken)
    {
        if (version is not { } read)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(VersionNeeded);
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var body = await db.AnnotationRevisions.Where(r => r.AnnotationId == id && r.Number == number).Select(r => r.Body).SingleOrDefaultAsync(cancellationToken);
            if (body is null)
            {
                return await db.Annotations.AnyAsync(a => a.Id == id, cancellationToken)
                    ? LibraryOutcome.Invalid<AnnotationDto>(string.Create(CultureInfo.InvariantCulture, $"The annotation has no revision {number}."))
                    : LibraryOutcome.NotFound<AnnotationDto>();
            }

            return await SaveAsync(userId, id, read, AnnotationActions.RevisionRestored, annotation =>
            {
                annotation.Body = body;
                return null;
            }, cancellationToken);
        }
    }

    /// <summary>Deletes the annotation softly (hidden from the public, kept with its history) or, when <paramref name="deleted"/> is false, restores it.</summary>
    public async Task<LibraryOutcome<AnnotationDto>> SetDeletedAsync(string userId, int id, bool deleted, CancellationToken cancellationToken)
    {
        // Deleting and restoring change nothing an admin wrote, so they apply to whatever version is current;
        // a save that races them is simply tried again on the new version.
        for (var attempt = 0; ; attempt++)
        {
            long current;
            await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            {
                if (await db.Annotations.Where(a => a.Id == id).Select(a => (long?)a.Version).SingleOrDefaultAsync(cancellationToken) is not { } version)
                {
                    return LibraryOutcome.NotFound<AnnotationDto>();
                }

                current = version;
            }

            var outcome = await SaveAsync(userId, id, current, deleted ? AnnotationActions.Deleted : AnnotationActions.Restored, annotation =>
            {
                annotation.DeletedAt = deleted ? annotation.DeletedAt ?? DateTime.UtcNow : null;
                return null;
            }, cancellationToken);
            if (outcome.Status != LibraryOutcomeStatus.Conflict || attempt == 2)
            {
                return outcome;
            }
        }
    }

    /// <summary>Every revision of the annotation, first to last; null when there is no such annotation.</summary>
    public async Task<IReadOnlyList<AnnotationRevisionDto>?> RevisionsAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Annotations.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return null;
        }

        return [.. (await db.AnnotationRevisions.AsNoTracking().Where(r => r.AnnotationId == id).OrderBy(r => r.Number).ToListAsync(cancellationToken)).Select(ToDto)];
    }

    /// <summary>The word diff of the body from revision <paramref name="from"/> to revision <paramref name="to"/>.</summary>
    public async Task<LibraryOutcome<AnnotationRevisionDiffDto>> DiffAsync(int id, int from, int to, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await db.AnnotationRevisions.AsNoTracking()
            .Where(r => r.AnnotationId == id && (r.Number == from || r.Number == to))
            .ToListAsync(cancellationToken);
        var (older, newer) = (revisions.Find(r => r.Number == from), revisions.Find(r => r.Number == to));
        if (older is not null && newer is not null)
        {
            return LibraryOutcome.Done(new AnnotationRevisionDiffDto(ToDto(older), ToDto(newer), WordDifferences.Between(older.Body, newer.Body)));
        }

        return await db.Annotations.AnyAsync(a => a.Id == id, cancellationToken)
            ? LibraryOutcome.Invalid<AnnotationRevisionDiffDto>(string.Create(CultureInfo.InvariantCulture, $"The annotation has no revision {(older is null ? from : to)}."))
            : LibraryOutcome.NotFound<AnnotationRevisionDiffDto>();
    }

    /// <summary>
    /// Loads the annotation, lets <paramref name="change"/> change it (or say why not), and saves it with a new
    /// revision as a change of <paramref name="version"/>. Another save since is a conflict: the concurrency token
    /// refuses the update and the revision number, the version it leaves, is taken already; both or neither are saved.
    /// </summary>
    private async Task<LibraryOutcome<AnnotationDto>> SaveAsync(
        string userId, int id, long version, string action, Func<Annotation, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            return LibraryOutcome.NotFound<AnnotationDto>();
        }

        var before = Snapshot(annotation);
        if (change(annotation) is { } problem)
        {
            return LibraryOutcome.Invalid<AnnotationDto>(problem);
        }

        var entry = db.Entry(annotation);
        entry.State = EntityState.Modified;
        entry.Property(a => a.Version).OriginalValue = version;
        db.AnnotationRevisions.Add(await RevisionAsync(db, annotation, checked((int)version + 1), userId, cancellationToken));
        // Saved in the same SaveChanges, so in the same transaction: the log never holds a change that was refused.
        await audit.RecordAsync(db, userId, action, Target(id), before, Snapshot(annotation) with { Version = version + 1 }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var now = await fresh.Annotations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (now is null || now.Version == version)
            {
                throw;
            }

            var current = (await ToDtosAsync(fresh, [now], withSource: true, cancellationToken))[0];
            return LibraryOutcome.Conflict(current, string.Create(CultureInfo.InvariantCulture,
                $"The annotation changed since you read it (you sent version {version}; it is at version {current.Version} now). Its current state is in \"current\" and what you sent in \"yours\": merge them and send the current version."));
        }

        return LibraryOutcome.Done((await ToDtosAsync(db, [annotation], withSource: true, cancellationToken))[0]);
    }

    /// <summary>Sets the body and status; the problem with either, or null.</summary>
    private static string? Apply(Annotation annotation, string body, string status)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "An annotation needs a body (\"body\", in Markdown).";
        }

        if (body.Length > Annotation.MaxBodyLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"An annotation's body is kept up to {Annotation.MaxBodyLength} characters.");
        }

        if (!AnnotationTargets.TryParseStatus(status, out var parsed))
        {
            return $"status must be one of: {string.Join(", ", AnnotationTargets.StatusNames)}; not '{status.Trim()}'.";
        }

        (annotation.Body, annotation.Status) = (body, parsed);
        return null;
    }

    private static async Task<AnnotationRevision> RevisionAsync(PortalDbContext db, Annotation annotation, int number, string userId, CancellationToken cancellationToken) => new()
    {
        Number = number,
        AnnotationId = annotation.Id,
        Body = annotation.Body,
        Status = annotation.Status,
        Deleted = annotation.DeletedAt is not null,
        SavedAt = DateTime.UtcNow,
        SavedBy = userId,
        SavedByName = await Actors.NameAsync(db, userId, cancellationToken),
    };

    private static async Task<IQueryable<Annotation>> FilteredAsync(PortalDbContext db, AnnotationListQuery query, CancellationToken cancellationToken)
    {
        var annotations = query.Status switch
        {
            AnnotationStatusFilter.Deleted => db.Annotations.Where(a => a.DeletedAt != null),
            AnnotationStatusFilter.All => db.Annotations.Where(a => a.DeletedAt == null),
            AnnotationStatusFilter.Orphaned => db.Annotations.Where(a => a.DeletedAt == null && a.OrphanedAt != null),
            AnnotationStatusFilter.Draft => OfStatus(db, AnnotationStatus.Draft),
            AnnotationStatusFilter.Unpublished => OfStatus(db, AnnotationStatus.Unpublished),
            // What the public sees: an orphaned annotation is shown beside no paragraph.
            _ => OfStatus(db, AnnotationStatus.Published).Where(a => a.OrphanedAt == null),
        };
        if (query.Norm is { } norm)
        {
            var statement = await db.Norms.Where(n => n.Number == norm).Select(n => new { n.Statement.Symbol, n.Statement.Anchor }).SingleOrDefaultAsync(cancellationToken);
            annotations = statement is null
                ? annotations.Where(a => a.NormNumber == norm)
                : annotations.Where(a => a.NormNumber == norm || (a.Symbol == statement.Symbol && a.Anchor == statement.Anchor));
        }

        if (query.Symbol is { } symbol)
        {
            annotations = annotations.Where(a => a.Symbol == symbol);
        }

        if (query.Anchor is { } anchor)
        {
            annotations = annotations.Where(a => a.Anchor == anchor);
        }

        return annotations;
    }

    private static string Target(int id) => AuditTargets.Of("annotation", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>What the audit log keeps of an annotation before and after an action.</summary>
    private static AnnotationSnapshot Snapshot(Annotation annotation) => new(
        annotation.Version,
        AnnotationTargets.Of(annotation).Key,
        AnnotationTargets.StatusName(annotation.Status),
        annotation.DeletedAt is not null,
        annotation.OrphanedAt is not null,
        annotation.Body);

    private sealed record AnnotationSnapshot(long Version, string Target, string Status, bool Deleted, bool Orphaned, string Body);

    private static IQueryable<Annotation> OfStatus(PortalDbContext db, AnnotationStatus status) =>
        db.Annotations.Where(a => a.DeletedAt == null && a.Status == status);

    /// <summary>The annotations as the API gives them, each paragraph or passage at the anchor where it stands now.</summary>
    private async Task<IReadOnlyList<AnnotationDto>> ToDtosAsync(PortalDbContext db, List<Annotation> annotations, bool withSource, CancellationToken cancellationToken)
    {
        var targets = annotations.Select(AnnotationTargets.Of).ToList();
        var texts = targets.Select((t, i) => (Index: i, t.Reference)).Where(t => t.Reference is not null).ToList();
        var resolved = await TextReferenceResolver.ResolveAsync(db, [.. texts.Select(t => t.Reference!)], cancellationToken);
        var places = new ReferenceResolution?[annotations.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            places[texts[i].Index] = resolved[i];
        }

        var suggestions = withSource ? await OrphanSuggestions.ForAsync(db, annotations, cancellationToken) : null;
        return [.. annotations.Select((a, i) => ToDto(a, targets[i], places[i], withSource) with { Suggestions = suggestions?.GetValueOrDefault(a.Id) })];
    }

    private AnnotationDto ToDto(Annotation annotation, BookmarkTarget target, ReferenceResolution? place, bool withSource) =>
        new(annotation.Id,
            annotation.Version,
            BookmarkTargets.ToDto(target) with { Anchor = place?.Anchor ?? target.Anchor },
            BookmarkTargets.Label(target),
            BookmarkTargets.Url(target, place?.Anchor),
            place is null ? null : new BookmarkPlaceDto(place.State.ToString().ToLowerInvariant(), place.Anchor),
            AnnotationTargets.StatusName(annotation.Status),
            markdown.ToHtml(annotation.Body),
            annotation.CreatedAt,
            annotation.UpdatedAt)
        {
            Body = withSource ? annotation.Body : null,
            DeletedAt = withSource ? annotation.DeletedAt : null,
            OrphanedAt = withSource ? annotation.OrphanedAt : null,
        };

    private static AnnotationRevisionDto ToDto(AnnotationRevision revision) =>
        new(revision.Number, AnnotationTargets.StatusName(revision.Status), revision.Deleted, revision.Body, revision.SavedAt, revision.SavedByName);
}
