using System.Globalization;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// Reads a library's JSON export (<see cref="LibraryDocument"/>) back into a library: it adds the collections
/// (matched by name) and the bookmarks (matched by target) the library lacks, with their notes, tags and
/// collections, and never duplicates, changes or deletes what is there. It reports what it added, what it
/// skipped, and each bookmark it could not read (a target the portal no longer holds, say).
/// </summary>
public sealed class LibraryImport(LibraryService library)
{
    /// <summary>Imports <paramref name="document"/> into <paramref name="ownerId"/>'s library; null with a problem when it is not a library export.</summary>
    public async Task<(LibraryImportReport? Report, string? Problem)> ImportAsync(string ownerId, LibraryDocument? document, CancellationToken cancellationToken)
    {
        if (document is null || document.Format != LibraryDocument.FormatName)
        {
            return (null, $"This is not a library export: its \"format\" must be \"{LibraryDocument.FormatName}\" (GET /api/v1/me/export?format=json makes one).");
        }

        if (document.Version > LibraryDocument.CurrentVersion)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"This export is of version {document.Version}; this portal reads up to version {LibraryDocument.CurrentVersion}."));
        }

        var problems = new List<string>();
        var existing = (await library.ListCollectionsAsync(ownerId, cancellationToken))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var collectionIds = new Dictionary<int, int>();
        var (collectionsAdded, collectionsSkipped) = (0, 0);
        foreach (var collection in document.Collections ?? [])
        {
            if (existing.TryGetValue(collection.Name ?? "", out var id))
            {
                collectionIds[collection.Id] = id;
                collectionsSkipped++;
                continue;
            }

            var created = await library.CreateCollectionAsync(ownerId, new CollectionRequest(null, collection.Name, collection.Description, collection.Order), cancellationToken);
            if (created.Value is { } added)
            {
                existing[added.Name] = added.Id;
                collectionIds[collection.Id] = added.Id;
                collectionsAdded++;
            }
            else
            {
                problems.Add($"Collection '{collection.Name}': {created.Problem}");
            }
        }

        var (bookmarksAdded, bookmarksSkipped) = (0, 0);
        foreach (var bookmark in document.Bookmarks ?? [])
        {
            var collections = (bookmark.Collections ?? []).Where(collectionIds.ContainsKey).Select(id => collectionIds[id]).ToList();
            var outcome = await library.CreateBookmarkAsync(ownerId, new BookmarkCreateRequest(bookmark.Target, bookmark.Note, bookmark.Tags, collections), cancellationToken);
            switch (outcome.Status)
            {
                case LibraryOutcomeStatus.Done:
                    bookmarksAdded++;
                    break;
                case LibraryOutcomeStatus.Conflict:
                    bookmarksSkipped++;
                    break;
                default:
                    problems.Add($"Bookmark '{bookmark.Label}': {outcome.Problem}");
                    break;
            }
        }

        return (new LibraryImportReport(bookmarksAdded, bookmarksSkipped, collectionsAdded, collectionsSkipped, problems), null);
    }
}
