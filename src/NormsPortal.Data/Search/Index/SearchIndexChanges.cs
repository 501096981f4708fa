using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Search.Index;

/// <summary>
/// What one save changes of the texts the search index holds, read from the change tracker before
/// the save and written to <c>SearchEntries</c> after it, in its transaction (<see cref="PortalDbContext"/>):
/// <list type="bullet">
/// <item>a provision added, or its text, anchor or place changed: its paragraph row is (re)written;</item>
/// <item>a work added, or its title or symbol changed: its title row and the label rows of the norms
/// its text states;</item>
/// <item>a norm or one of its themes added, changed or deleted: every norm row (its label and themes);</item>
/// <item>an annotation added, changed or deleted (published, unpublished, edited, deleted or restored,
/// orphaned, moved or attached again): its row, under the work it is on now and the one it was on; a work
/// added: the rows of the notes on it (on its symbol, or on a norm its text states); a work renamed or a norm
/// changed (what notes stand on): every annotation row. So the index holds exactly the notes the public may see.</item>
/// </list>
/// Deleted works and provisions take their rows with them (cascading deletes in the database).
/// Provisions inserted in bulk bypass the change tracker; <c>RowInserter</c> indexes those itself.
/// Ids are read from the tracker's entries, not the entities: the context saves without accepting the changes
/// until its transaction commits, and until then a new row's generated id is in its entry only.
/// </summary>
internal sealed class SearchIndexChanges
{
    private readonly List<EntityEntry<Provision>> _provisions = [];
    private readonly List<int> _staleParagraphIds = [];
    private readonly List<EntityEntry<Work>> _works = [];
    private readonly List<EntityEntry<Work>> _addedWorks = [];
    private bool _workRenamed;
    private bool _normsChanged;
    private readonly List<(EntityEntry<Annotation> Annotation, AnnotationTarget? Before)> _annotations = [];

    public bool IsEmpty => _provisions.Count == 0 && _works.Count == 0 && !_normsChanged && _annotations.Count == 0;

    public static SearchIndexChanges Collect(ChangeTracker tracker)
    {
        var changes = new SearchIndexChanges();
        foreach (var entry in tracker.Entries<Provision>())
        {
            if (entry.State == EntityState.Added)
            {
                changes._provisions.Add(entry);
            }
            else if (entry.State == EntityState.Modified && IsAnyModified(entry, nameof(Provision.Text), nameof(Provision.Anchor), nameof(Provision.Ordinal), nameof(Provision.ExpressionId)))
            {
                changes._provisions.Add(entry);
                changes._staleParagraphIds.Add(entry.Entity.Id);
            }
        }

        changes._works.AddRange(tracker.Entries<Work>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && IsAnyModified(e, nameof(Work.Title), nameof(Work.Symbol)))));
        // Told apart before the save: a save that accepts its changes leaves every entry unchanged.
        changes._addedWorks.AddRange(changes._works.Where(e => e.State == EntityState.Added));
        changes._workRenamed = changes._works.Any(e => e.State == EntityState.Modified && e.Property(w => w.Symbol).IsModified);
        changes._normsChanged = tracker.Entries<Norm>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            || tracker.Entries<NormTheme>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        changes._annotations.AddRange(tracker.Entries<Annotation>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e, e.State == EntityState.Added ? null : TargetBefore(e))));
        return changes;
    }

    /// <summary>Writes the rows; call after the save, in its transaction, when the new rows have their ids.</summary>
    public async Task WriteAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in _staleParagraphIds.Chunk(500))
        {
            await db.SearchEntries.Where(e => e.ProvisionId != null && chunk.Contains(e.ProvisionId.Value)).ExecuteDeleteAsync(cancellationToken);
        }

        await SearchIndexer.IndexNewParagraphsAsync(db, [.. _provisions.Select(p => p.Property(x => x.ExpressionId).CurrentValue).Distinct()], cancellationToken);
        if (_normsChanged)
        {
            await SearchIndexer.RefreshCatalogEntriesAsync(db, workIds: null, cancellationToken);
        }
        else
        {
            if (_addedWorks.Count > 0)
            {
                await SearchIndexer.IndexNewWorksAsync(
                    db, [.. _addedWorks.Select(w => new CatalogWork(w.Property(x => x.Id).CurrentValue, w.Entity.Symbol, w.Entity.Title))], cancellationToken);
            }

            if (_works.Count > _addedWorks.Count)
            {
                await SearchIndexer.RefreshCatalogEntriesAsync(db, [.. _works.Except(_addedWorks).Select(w => w.Property(x => x.Id).CurrentValue)], cancellationToken);
            }
        }

        if (_normsChanged || _workRenamed)
        {
            await SearchIndexer.RefreshAnnotationEntriesAsync(db, changed: null, cancellationToken);
            return;
        }

        // After the save, so an added annotation has its id. A title is not part of a note's row, so a work whose
        // title alone changed moves no note; a new work gives a place to the notes already standing on its symbol
        // (they had none, so no row), and to no other: reading those few, not every note, on each import.
        var changed = _annotations.Select(a => (Id: a.Annotation.Property(x => x.Id).CurrentValue, a.Before)).ToList();
        if (_addedWorks.Count > 0)
        {
            var known = changed.Select(c => c.Id).ToHashSet();
            changed.AddRange((await SearchIndexer.AnnotationsStandingOnAsync(db, [.. _addedWorks.Select(w => w.Entity.Symbol)], cancellationToken))
                .Where(id => !known.Contains(id))
                .Select(id => (id, (AnnotationTarget?)null)));
        }

        if (changed.Count > 0)
        {
            await SearchIndexer.RefreshAnnotationEntriesAsync(db, changed, cancellationToken);
        }
    }

    /// <summary>What the annotation was on when it was read, so its row there goes if the save moves it.</summary>
    private static AnnotationTarget TargetBefore(EntityEntry<Annotation> entry) => new(
        entry.Property(a => a.Kind).OriginalValue,
        entry.Property(a => a.NormNumber).OriginalValue,
        entry.Property(a => a.Symbol).OriginalValue,
        entry.Property(a => a.Anchor).OriginalValue);

    private static bool IsAnyModified<T>(EntityEntry<T> entry, params ReadOnlySpan<string> properties)
        where T : class
    {
        foreach (var property in properties)
        {
            if (entry.Property(property).IsModified)
            {
                return true;
            }
        }

        return false;
    }
}
