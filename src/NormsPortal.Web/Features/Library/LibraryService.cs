using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// A researcher's library: bookmarks and collections, read and changed for one owner at a time. Every method
/// takes the owner's user id and touches only rows that owner holds, so another user's item is simply not
/// found. Changes carry the version read: a stale one is a conflict that returns the item as it is now.
/// Serves everyone, so it is a singleton that makes a short-lived context per call.
/// </summary>
public sealed class LibraryService(IDbContextFactory<PortalDbContext> contextFactory)
{
    private const string VersionNeeded = "Send the version you read (\"version\"), so a change made meanwhile elsewhere is not overwritten.";

    /// <summary>A page of the owner's bookmarks matching <paramref name="query"/>, and how many match in all.</summary>
    public async Task<(IReadOnlyList<BookmarkDto> Items, int Total)> ListBookmarksAsync(string ownerId, BookmarkListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = Filtered(db, ownerId, query);
        var total = await matching.CountAsync(cancellationToken);
        var page = await Sorted(matching, query.Sort)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Include(b => b.Tags).Include(b => b.Folders)
            .AsSplitQuery().AsNoTracking()
            .ToListAsync(cancellationToken);
        return (await ToDtosAsync(db, page, cancellationToken), total);
    }

    /// <summary>Every bookmark of the owner (of one collection when <paramref name="collection"/> is given), oldest first: what an export holds.</summary>
    public async Task<IReadOnlyList<BookmarkDto>> AllBookmarksAsync(string ownerId, int? collection, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var all = await Filtered(db, ownerId, new BookmarkListQuery { Collection = collection })
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .Include(b => b.Tags).Include(b => b.Folders)
            .AsSplitQuery().AsNoTracking()
            .ToListAsync(cancellationToken);
        return await ToDtosAsync(db, all, cancellationToken);
    }

    public async Task<BookmarkDto?> GetBookmarkAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await FindDtoAsync(db, ownerId, id, cancellationToken);
    }

    /// <summary>The id of the owner's bookmark of <paramref name="target"/>, or null when it is not in the library.</summary>
    public async Task<int?> FindBookmarkIdAsync(string ownerId, BookmarkTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = target.Key;
        return await db.Bookmarks.Where(b => b.OwnerId == ownerId && b.TargetKey == key).Select(b => (int?)b.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Bookmarks the target; a target the library holds already is a conflict carrying that bookmark.</summary>
    public async Task<LibraryOutcome<BookmarkDto>> CreateBookmarkAsync(string ownerId, BookmarkCreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (target, problem) = await BookmarkTargets.ReadAsync(db, request.Target, cancellationToken);
        if (target is null)
        {
            return LibraryOutcome.Invalid<BookmarkDto>(problem!);
        }

        var bookmark = target.NewBookmark(ownerId);
        problem = await ApplyAsync(db, ownerId, bookmark, request.Note, request.Tags, request.Collections, cancellationToken);
        if (problem is not null)
        {
            return LibraryOutcome.Invalid<BookmarkDto>(problem);
        }

        if (await ExistingAsync(db, ownerId, target, cancellationToken) is { } existing)
        {
            return existing;
        }

        db.Bookmarks.Add(bookmark);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Bookmarked in another tab a moment ago: the unique index refused the second.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await ExistingAsync(fresh, ownerId, target, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return LibraryOutcome.Done<BookmarkDto>((await FindDtoAsync(db, ownerId, bookmark.Id, cancellationToken))!);
    }

    /// <summary>
    /// Changes the note, tags or collections of the owner's bookmark <paramref name="id"/> (what the request omits
    /// stays). The owner is checked first: another user's id is not found, whatever the request holds.
    /// </summary>
    public async Task<LibraryOutcome<BookmarkDto>> UpdateBookmarkAsync(string ownerId, int id, BookmarkUpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var bookmark = await db.Bookmarks.Include(b => b.Tags).Include(b => b.Folders).AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == id && b.OwnerId == ownerId, cancellationToken);
        if (bookmark is null)
        {
            return LibraryOutcome.NotFound<BookmarkDto>();
        }

        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<BookmarkDto>(VersionNeeded);
        }

        if (await ApplyAsync(db, ownerId, bookmark, request.Note, request.Tags, request.Collections, cancellationToken) is { } problem)
        {
            return LibraryOutcome.Invalid<BookmarkDto>(problem);
        }

        if (!await SaveBasedOnAsync(db, bookmark, version, cancellationToken))
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await FindDtoAsync(fresh, ownerId, id, cancellationToken) is { } current
                ? LibraryOutcome.Conflict<BookmarkDto>(current, StaleMessage("bookmark", version, current.Version))
                : LibraryOutcome.NotFound<BookmarkDto>();
        }

        return LibraryOutcome.Done<BookmarkDto>((await FindDtoAsync(db, ownerId, id, cancellationToken))!);
    }

    /// <summary>Deletes the owner's bookmark; false when the library holds none with that id.</summary>
    public async Task<bool> DeleteBookmarkAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Bookmarks.Where(b => b.Id == id && b.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The owner's collections in their order, each with how many bookmarks it holds.</summary>
    public async Task<IReadOnlyList<CollectionDto>> ListCollectionsAsync(string ownerId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Collections(db, ownerId).ToListAsync(cancellationToken);
    }

    public async Task<CollectionDto?> GetCollectionAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Collections(db, ownerId, id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>A new collection of the owner; without an order it goes last.</summary>
    public async Task<LibraryOutcome<CollectionDto>> CreateCollectionAsync(string ownerId, CollectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return LibraryOutcome.Invalid<CollectionDto>("A collection needs a name.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var last = await db.Folders.Where(f => f.OwnerId == ownerId).MaxAsync(f => (int?)f.Order, cancellationToken);
        var folder = new Folder { OwnerId = ownerId, Name = "", Order = (last ?? 0) + 1 };
        if (Apply(folder, request) is { } problem)
        {
            return LibraryOutcome.Invalid<CollectionDto>(problem);
        }

        db.Folders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return LibraryOutcome.Done<CollectionDto>(await Collections(db, ownerId, folder.Id).SingleAsync(cancellationToken));
    }

    /// <summary>Renames, describes or reorders the owner's collection (what the request omits stays); a stale version is a conflict.</summary>
    public async Task<LibraryOutcome<CollectionDto>> UpdateCollectionAsync(string ownerId, int id, CollectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var folder = await db.Folders.SingleOrDefaultAsync(f => f.Id == id && f.OwnerId == ownerId, cancellationToken);
        if (folder is null)
        {
            return LibraryOutcome.NotFound<CollectionDto>();
        }

        if (request.Version is not { } version)
        {
            return LibraryOutcome.Invalid<CollectionDto>(VersionNeeded);
        }

        if (Apply(folder, request) is { } problem)
        {
            return LibraryOutcome.Invalid<CollectionDto>(problem);
        }

        if (!await SaveBasedOnAsync(db, folder, version, cancellationToken))
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await Collections(fresh, ownerId, id).SingleOrDefaultAsync(cancellationToken) is { } current
                ? LibraryOutcome.Conflict<CollectionDto>(current, StaleMessage("collection", version, current.Version))
                : LibraryOutcome.NotFound<CollectionDto>();
        }

        return LibraryOutcome.Done<CollectionDto>(await Collections(db, ownerId, id).SingleAsync(cancellationToken));
    }

    /// <summary>Deletes the owner's collection; its bookmarks stay in the library. False when the library holds none with that id.</summary>
    public async Task<bool> DeleteCollectionAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Folders.Where(f => f.Id == id && f.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>What the library page shows beside the list: how many bookmarks in all and of each kind, and each tag with its count.</summary>
    public async Task<LibrarySummary> SummaryAsync(string ownerId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var kinds = await db.Bookmarks.Where(b => b.OwnerId == ownerId).GroupBy(b => b.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var tags = await db.BookmarkTags.Where(t => db.Bookmarks.Any(b => b.Id == t.BookmarkId && b.OwnerId == ownerId))
            .GroupBy(t => t.Name).Select(g => new { Name = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new LibrarySummary(
            kinds.Sum(k => k.Count),
            kinds.ToDictionary(k => k.Kind, k => k.Count),
            [.. tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => new TagCount(t.Name, t.Count))]);
    }

    /// <summary>Where each paragraph or passage stands in the text now; what is not text has no place.</summary>
    private static async Task<IReadOnlyList<BookmarkDto>> ToDtosAsync(PortalDbContext db, List<Bookmark> bookmarks, CancellationToken cancellationToken)
    {
        var texts = bookmarks.Select((b, i) => (Index: i, Reference: BookmarkTarget.Of(b).Reference)).Where(t => t.Reference is not null).ToList();
        var resolved = await TextReferenceResolver.ResolveAsync(db, [.. texts.Select(t => t.Reference!)], cancellationToken);
        var places = new ReferenceResolution?[bookmarks.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            places[texts[i].Index] = resolved[i];
        }

        return [.. bookmarks.Select((b, i) => ToDto(b, places[i]))];
    }

    private static BookmarkDto ToDto(Bookmark bookmark, ReferenceResolution? place) => new(
        bookmark.Id,
        bookmark.Version,
        BookmarkTargets.ToDto(bookmark),
        bookmark.Note,
        [.. bookmark.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)],
        [.. bookmark.Folders.Select(f => f.FolderId).Order()],
        bookmark.CreatedAt,
        bookmark.UpdatedAt,
        BookmarkTargets.Label(bookmark),
        BookmarkTargets.Url(bookmark, place?.Anchor),
        place is null ? null : new BookmarkPlaceDto(place.State.ToString().ToLowerInvariant(), place.Anchor));

    private static async Task<BookmarkDto?> FindDtoAsync(PortalDbContext db, string ownerId, int id, CancellationToken cancellationToken)
    {
        var bookmark = await db.Bookmarks.Where(b => b.Id == id && b.OwnerId == ownerId)
            .Include(b => b.Tags).Include(b => b.Folders).AsSplitQuery().AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return bookmark is null ? null : (await ToDtosAsync(db, [bookmark], cancellationToken))[0];
    }

    private static async Task<LibraryOutcome<BookmarkDto>?> ExistingAsync(PortalDbContext db, string ownerId, BookmarkTarget target, CancellationToken cancellationToken)
    {
        var key = target.Key;
        var id = await db.Bookmarks.Where(b => b.OwnerId == ownerId && b.TargetKey == key).Select(b => (int?)b.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null
            ? null
            : LibraryOutcome.Conflict<BookmarkDto>((await FindDtoAsync(db, ownerId, id.Value, cancellationToken))!, "Your library holds this already.");
    }

    private static IQueryable<Bookmark> Filtered(PortalDbContext db, string ownerId, BookmarkListQuery query)
    {
        var bookmarks = db.Bookmarks.Where(b => b.OwnerId == ownerId);
        // ToLower in these queries is SQL's lower() on both providers (LIKE ignores case on SQLite but not on
        // PostgreSQL), not .NET's culture-bound method.
#pragma warning disable CA1304, CA1311, CA1862
        if (query.Collection is { } collection)
        {
            bookmarks = bookmarks.Where(b => b.Folders.Any(f => f.FolderId == collection));
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim().ToLowerInvariant();
            bookmarks = bookmarks.Where(b => b.Tags.Any(t => t.Name.ToLower() == tag));
        }

        if (query.Kind is { } kind)
        {
            bookmarks = bookmarks.Where(b => b.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
            bookmarks = bookmarks.Where(b => b.Note.ToLower().Contains(text)
                || (b.Quote != null && b.Quote.ToLower().Contains(text))
                || (b.Symbol != null && b.Symbol.ToLower().Contains(text))
                || (b.NormNumber != null && b.NormNumber.Contains(text))
                || (b.Query != null && b.Query.ToLower().Contains(text))
                || b.Tags.Any(t => t.Name.ToLower().Contains(text)));
        }

#pragma warning restore CA1304, CA1311, CA1862
        return bookmarks;
    }

    private static IOrderedQueryable<Bookmark> Sorted(IQueryable<Bookmark> bookmarks, BookmarkSort sort) => sort switch
    {
        BookmarkSort.Oldest => bookmarks.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id),
        BookmarkSort.Updated => bookmarks.OrderByDescending(b => b.UpdatedAt).ThenByDescending(b => b.Id),
        BookmarkSort.Target => bookmarks.OrderBy(b => b.Kind == BookmarkKind.Norm ? 0 : b.Kind == BookmarkKind.Search ? 2 : 1)
            .ThenBy(b => b.NormNumber).ThenBy(b => b.Symbol).ThenBy(b => b.Anchor).ThenBy(b => b.Query).ThenBy(b => b.Id),
        _ => bookmarks.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id),
    };

    /// <summary>The owner's collections (or the one with <paramref name="id"/>) in their order, with their counts.</summary>
    private static IQueryable<CollectionDto> Collections(PortalDbContext db, string ownerId, int? id = null) =>
        db.Folders.AsNoTracking().Where(f => f.OwnerId == ownerId && (id == null || f.Id == id)).OrderBy(f => f.Order).ThenBy(f => f.Id)
            .Select(f => new CollectionDto(f.Id, f.Version, f.Name, f.Description, f.Order, f.Bookmarks.Count, f.CreatedAt, f.UpdatedAt));

    /// <summary>Sets what the request gives of note, tags and collections on <paramref name="bookmark"/>; the problem, or null.</summary>
    private static async Task<string?> ApplyAsync(
        PortalDbContext db, string ownerId, Bookmark bookmark, string? note, IReadOnlyList<string>? tags, IReadOnlyList<int>? collections, CancellationToken cancellationToken)
    {
        if (note is not null)
        {
            if (note.Length > BookmarkTarget.MaxNoteLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"A note is kept up to {BookmarkTarget.MaxNoteLength} characters.");
            }

            bookmark.Note = note;
        }

        if (tags is not null)
        {
            var (names, problem) = ReadTags(tags);
            if (problem is not null)
            {
                return problem;
            }

            bookmark.Tags.RemoveAll(t => !names.Contains(t.Name, StringComparer.Ordinal));
            bookmark.Tags.AddRange(names.Where(n => !bookmark.Tags.Exists(t => t.Name == n)).Select(n => new BookmarkTag { Name = n }));
        }

        if (collections is not null)
        {
            var wanted = collections.Distinct().ToList();
            var owned = await db.Folders.Where(f => f.OwnerId == ownerId && wanted.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
            var unknown = wanted.Except(owned).ToList();
            if (unknown.Count > 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Your library has no collection {unknown[0]}.");
            }

            bookmark.Folders.RemoveAll(f => !wanted.Contains(f.FolderId));
            bookmark.Folders.AddRange(wanted.Where(w => !bookmark.Folders.Exists(f => f.FolderId == w)).Select(w => new BookmarkInFolder { FolderId = w }));
        }

        return null;
    }

    /// <summary>Tags trimmed, inner white space made one space, each once whatever its case (the first spelling kept).</summary>
    private static (IReadOnlyList<string> Names, string? Problem) ReadTags(IReadOnlyList<string> tags)
    {
        var names = tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(TextReferenceResolver.Normalise)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count > BookmarkTarget.MaxTags)
        {
            return ([], string.Create(CultureInfo.InvariantCulture, $"A bookmark has at most {BookmarkTarget.MaxTags} tags."));
        }

        return names.FirstOrDefault(n => n.Length > BookmarkTarget.MaxTagLength) is { } tooLong
            ? ([], string.Create(CultureInfo.InvariantCulture, $"A tag is at most {BookmarkTarget.MaxTagLength} characters: '{tooLong[..20]}…' is longer."))
            : (names, null);
    }

    private static string? Apply(Folder folder, CollectionRequest request)
    {
        if (request.Name is not null)
        {
            var name = request.Name.Trim();
            if (name.Length == 0 || name.Length > BookmarkTarget.MaxCollectionNameLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"A collection's name has 1 to {BookmarkTarget.MaxCollectionNameLength} characters.");
            }

            folder.Name = name;
        }

        if (request.Description is not null)
        {
            if (request.Description.Length > BookmarkTarget.MaxCollectionDescriptionLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"A collection's description is kept up to {BookmarkTarget.MaxCollectionDescriptionLength} characters.");
            }

            folder.Description = request.Description.Trim();
        }

        if (request.Order is { } order)
        {
            folder.Order = order;
        }

        return null;
    }

    /// <summary>
    /// Saves <paramref name="entity"/> as a change of the <paramref name="version"/> the caller read; false, saving
    /// nothing, when someone saved it since. The entity is saved (and its version counted) whatever changed, since a
    /// bookmark's tags and collections are rows of their own.
    /// </summary>
    private static async Task<bool> SaveBasedOnAsync<T>(PortalDbContext db, T entity, long version, CancellationToken cancellationToken)
        where T : class, IAuditedEntity
    {
        var entry = db.Entry(entity);
        entry.State = EntityState.Modified;
        entry.Property(e => e.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static string StaleMessage(string what, long sent, long current) => string.Create(CultureInfo.InvariantCulture,
        $"The {what} changed since you read it (you sent version {sent}; it is at version {current} now). Its current state is in \"current\": merge your change into it and send that version.");
}

/// <summary>How many bookmarks the library holds, of each kind, and its tags with their counts.</summary>
public sealed record LibrarySummary(int Total, IReadOnlyDictionary<BookmarkKind, int> ByKind, IReadOnlyList<TagCount> Tags);

/// <summary>A tag and how many bookmarks carry it.</summary>
public sealed record TagCount(string Name, int Count);
