using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Caching;

/// <summary>
/// Which cached answers (<see cref="CacheTags"/>) one save changes, read from the change tracker before the save,
/// as <c>SearchIndexChanges</c> reads the search index's:
/// <list type="bullet">
/// <item>a work, its facts and their history, texts (expressions, paragraphs, footnote marks), votes and States'
/// votes, sponsors, relations and cross-references: the work's answers and the catalogue; the lineages too when
/// paragraphs are added, changed or removed (a text replaced, a work deleted); a relation or cross-reference also
/// the work it points at (its "cited by");</item>
/// <item>a track or its members: the catalogue and the member works;</item>
/// <item>a norm or its themes: the norm's answers, the norms list and the catalogue (search finds norms); its
/// counterparts, links and step decisions: the norm's answers;</item>
/// <item>an annotation the public sees before or after the save (published, changed, withdrawn, deleted or
/// restored, moved): the answers of what it was on and what it is on, and the catalogue (search shows notes).</item>
/// </list>
/// Rows point at their work or norm by id; <see cref="ResolveAsync"/> follows the ids to symbols and numbers, from the
/// tracker first (a new row's parent has a temporary id there only) and the database for the rest, before the save
/// (a deleted row's parent may go with it). Ids are read from the tracker's entries: both the value read and the
/// value to be saved, so a row moved between works names both. Rows inserted in bulk bypass the tracker:
/// <see cref="OfInsertedRows{T}"/> reads those.
/// </summary>
internal sealed class CacheTagChanges
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private readonly HashSet<int> _workIds = [];
    private readonly HashSet<int> _expressionIds = [];
    private readonly HashSet<int> _provisionIds = [];
    private readonly HashSet<int> _voteIds = [];
    private readonly HashSet<int> _factIds = [];
    private readonly HashSet<int> _normIds = [];

    public bool IsEmpty => _tags.Count == 0 && _workIds.Count == 0 && _expressionIds.Count == 0 && _provisionIds.Count == 0
        && _voteIds.Count == 0 && _factIds.Count == 0 && _normIds.Count == 0;

    public static CacheTagChanges Collect(ChangeTracker tracker)
    {
        var changes = new CacheTagChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changes.Add(entry);
            }
        }

        return changes;
    }

    /// <summary>
    /// What rows written without the tracker (<c>RowInserter</c>) change. Footnote marks are inserted with their
    /// paragraphs, which name the work already.
    /// </summary>
    public static CacheTagChanges OfInsertedRows<T>(IEnumerable<T> rows)
        where T : class
    {
        var changes = new CacheTagChanges();
        foreach (var row in rows)
        {
            switch (row)
            {
                case Provision provision:
                    changes.AddText(provision.ExpressionId, paragraphs: true);
                    break;
                case CountryVote countryVote:
                    changes._voteIds.Add(countryVote.VoteId);
                    changes._tags.Add(CacheTags.Catalogue);
                    break;
                case Sponsor sponsor:
                    changes.AddWork(sponsor.WorkId);
                    break;
                case CrossReference reference:
                    changes.AddWork(reference.SourceWorkId);
                    changes.AddSymbol(reference.TargetSymbol);
                    break;
            }
        }

        return changes;
    }

    /// <summary>
    /// The tags, with every row's work and norm looked up; call before the save, in its transaction. The tracker is
    /// read once for each kind of owner: its changes are detected once here, not again before each of those reads.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> ResolveAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        if (!tracker.AutoDetectChangesEnabled)
        {
            return await ResolveDetectedAsync(db, cancellationToken);
        }

        tracker.DetectChanges();
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return await ResolveDetectedAsync(db, cancellationToken);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task<IReadOnlyCollection<string>> ResolveDetectedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(_tags, StringComparer.Ordinal);
        if (_provisionIds.Count > 0)
        {
            _expressionIds.UnionWith(await RowOwners.ParentsAsync<Provision>(db, _provisionIds, nameof(Provision.ExpressionId), cancellationToken));
        }

        var workIds = new HashSet<int>(_workIds);
        workIds.UnionWith(await RowOwners.ParentsAsync<Expression>(db, _expressionIds, nameof(Expression.WorkId), cancellationToken));
        workIds.UnionWith(await RowOwners.ParentsAsync<Vote>(db, _voteIds, nameof(Vote.WorkId), cancellationToken));
        workIds.UnionWith(await RowOwners.ParentsAsync<Fact>(db, _factIds, nameof(Fact.WorkId), cancellationToken));
        foreach (var symbol in await RowOwners.NamesAsync<Work>(db, workIds, nameof(Work.Symbol), cancellationToken))
        {
            tags.Add(CacheTags.Work(symbol));
        }

        foreach (var number in await RowOwners.NamesAsync<Norm>(db, _normIds, nameof(Norm.Number), cancellationToken))
        {
            tags.Add(CacheTags.Norm(number));
        }

        return tags;
    }

    private void Add(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Work:
                AddSymbols(entry, nameof(Work.Symbol));
                _tags.Add(CacheTags.Catalogue);
                if (entry.State == EntityState.Deleted)
                {
                    // Its texts go with it by cascade, unseen by the tracker.
                    _tags.Add(CacheTags.Lineages);
                }

                break;
            case Fact or Vote or Sponsor:
                AddWorks(entry, nameof(Fact.WorkId));
                break;
            case FactRevision:
                _factIds.UnionWith(Values<int>(entry, nameof(FactRevision.FactId)));
                _tags.Add(CacheTags.Catalogue);
                break;
            case Expression:
                // A text added, removed or replaced (its content hash) changes paragraphs, whether or not they are tracked.
                var paragraphs = entry.State != EntityState.Modified || entry.Property(nameof(Expression.ContentHash)).IsModified;
                foreach (var expressionId in Values<int>(entry, nameof(Expression.Id)))
                {
                    AddText(expressionId, paragraphs);
                }

                break;
            case Provision:
                foreach (var expressionId in Values<int>(entry, nameof(Provision.ExpressionId)))
                {
                    AddText(expressionId, paragraphs: true);
                }

                break;
            case FootnoteMark:
                _provisionIds.UnionWith(Values<int>(entry, nameof(FootnoteMark.ProvisionId)));
                break;
            case CountryVote:
                _voteIds.UnionWith(Values<int>(entry, nameof(CountryVote.VoteId)));
                _tags.Add(CacheTags.Catalogue);
                break;
            case WorkRelation or CrossReference:
                AddWorks(entry, nameof(WorkRelation.SourceWorkId));
                AddSymbols(entry, nameof(WorkRelation.TargetSymbol));
                break;
            case Track:
                _tags.Add(CacheTags.Catalogue);
                break;
            case TrackMember:
                AddSymbols(entry, nameof(TrackMember.WorkSymbol));
                _tags.Add(CacheTags.Catalogue);
                break;
            case Norm:
                foreach (var number in Values<string>(entry, nameof(Norm.Number)))
                {
                    _tags.Add(CacheTags.Norm(number));
                }

                AddNormsList();
                break;
            case NormTheme:
                _normIds.UnionWith(Values<int>(entry, nameof(NormTheme.NormId)));
                AddNormsList();
                break;
            case NormCounterpart or NormLink or NormStepReview:
                _normIds.UnionWith(Values<int>(entry, nameof(NormLink.NormId)));
                break;
            case Annotation:
                AddAnnotation(entry);
                break;
        }
    }

    /// <summary>A note counts where the public sees it: published and not deleted, before the save or after it.</summary>
    private void AddAnnotation(EntityEntry entry)
    {
        var before = entry.State != EntityState.Added && IsPublic(entry, original: true);
        var after = entry.State != EntityState.Deleted && IsPublic(entry, original: false);
        if (!before && !after)
        {
            return;
        }

        _tags.Add(CacheTags.Catalogue);
        foreach (var original in new[] { true, false })
        {
            if (original ? !before : !after)
            {
                continue;
            }

            var kind = Value<BookmarkKind>(entry, nameof(Annotation.Kind), original);
            if (kind == BookmarkKind.Norm && Value<string?>(entry, nameof(Annotation.NormNumber), original) is { Length: > 0 } number)
            {
                _tags.Add(CacheTags.Norm(number));
            }
            else if (Value<string?>(entry, nameof(Annotation.Symbol), original) is { Length: > 0 } symbol)
            {
                _tags.Add(CacheTags.Work(symbol));
            }
        }
    }

    private static bool IsPublic(EntityEntry entry, bool original) =>
        Value<AnnotationStatus>(entry, nameof(Annotation.Status), original) == AnnotationStatus.Published
        && Value<DateTime?>(entry, nameof(Annotation.DeletedAt), original) is null;

    /// <summary>The norms' list, and search, which finds norms by label and theme.</summary>
    private void AddNormsList()
    {
        _tags.Add(CacheTags.Norms);
        _tags.Add(CacheTags.Catalogue);
    }

    private void AddText(int expressionId, bool paragraphs)
    {
        _expressionIds.Add(expressionId);
        _tags.Add(CacheTags.Catalogue);
        if (paragraphs)
        {
            _tags.Add(CacheTags.Lineages);
        }
    }

    private void AddWork(int workId)
    {
        _workIds.Add(workId);
        _tags.Add(CacheTags.Catalogue);
    }

    private void AddWorks(EntityEntry entry, string workIdProperty)
    {
        foreach (var workId in Values<int>(entry, workIdProperty))
        {
            AddWork(workId);
        }
    }

    private void AddSymbols(EntityEntry entry, string symbolProperty)
    {
        foreach (var symbol in Values<string>(entry, symbolProperty))
        {
            AddSymbol(symbol);
        }
    }

    private void AddSymbol(string? symbol)
    {
        if (!string.IsNullOrWhiteSpace(symbol))
        {
            _tags.Add(CacheTags.Work(symbol));
        }
    }

    /// <summary>The value read and the value to be saved (one value for an added or deleted row).</summary>
    private static IEnumerable<T> Values<T>(EntityEntry entry, string property)
    {
        var current = Value<T>(entry, property, original: false);
        yield return current;
        if (entry.State == EntityState.Modified && Value<T>(entry, property, original: true) is var original
            && !EqualityComparer<T>.Default.Equals(original, current))
        {
            yield return original;
        }
    }

    private static T Value<T>(EntityEntry entry, string property, bool original)
    {
        var values = entry.Property(property);
        return (T)(original && entry.State != EntityState.Added ? values.OriginalValue : values.CurrentValue)!;
    }
}
