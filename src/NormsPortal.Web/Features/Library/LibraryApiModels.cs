namespace NormsPortal.Web.Features.Library;

/// <summary>
/// What a bookmark points at, as the API takes and gives it. Send one of: <c>{ "norm": "1.6" }</c>;
/// <c>{ "symbol": "A/RES/73/27", "anchor": "op1.9" }</c> for a paragraph, with <c>"quote"</c> (and optionally
/// <c>"prefix"</c> and <c>"suffix"</c>, the words around it) for a passage; <c>{ "symbol": "A/70/174" }</c> for a
/// work; <c>{ "query": "due diligence", "filters": { "kind": "ga-resolution" } }</c> for a search.
/// </summary>
public sealed record BookmarkTargetDto
{
    /// <summary>Set in answers: <c>norm</c>, <c>paragraph</c>, <c>passage</c>, <c>work</c> or <c>search</c>; ignored in requests.</summary>
    public string? Kind { get; init; }

    public string? Norm { get; init; }

    public string? Symbol { get; init; }

    public string? Anchor { get; init; }

    public string? Quote { get; init; }

    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public string? Query { get; init; }

    /// <summary>A search's filters by name: <c>kind</c>, <c>track</c>, <c>year</c>, <c>session</c>, <c>lang</c>, <c>norm</c>, <c>symbol</c>, <c>scope</c>.</summary>
    public IReadOnlyDictionary<string, string>? Filters { get; init; }
}

/// <summary>
/// Where a bookmarked paragraph or passage stands in the text held now: <c>present</c>, <c>moved</c> (to
/// <see cref="Anchor"/>) or <c>missing</c> (after a re-import the words are no longer there: the bookmark
/// keeps its quote and is never dropped).
/// </summary>
public sealed record BookmarkPlaceDto(string State, string? Anchor);

/// <summary>One bookmark of the signed-in user's library.</summary>
/// <param name="Id">The bookmark's id in the library.</param>
/// <param name="Version">Counted up on every change; send it back with a change (<see cref="BookmarkUpdateRequest"/>).</param>
/// <param name="Target">What it points at; it cannot change.</param>
/// <param name="Note">The private note, in Markdown.</param>
/// <param name="Tags">Its tags, in alphabetical order.</param>
/// <param name="Collections">The ids of the collections it sits in.</param>
/// <param name="CreatedAt">When it was saved (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="Label">The target in words: "Norm 1.6", "A/RES/73/27, para. 1.9", "Search: due diligence".</param>
/// <param name="Url">The portal's page for the target.</param>
/// <param name="Place">For paragraphs and passages, where they stand in the text now; null otherwise.</param>
public sealed record BookmarkDto(
    int Id,
    long Version,
    BookmarkTargetDto Target,
    string Note,
    IReadOnlyList<string> Tags,
    IReadOnlyList<int> Collections,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string Label,
    string Url,
    BookmarkPlaceDto? Place);

/// <summary><c>POST /api/v1/me/bookmarks</c>: the target, and optionally a note, tags and the ids of collections to put it in.</summary>
public sealed record BookmarkCreateRequest(BookmarkTargetDto? Target, string? Note, IReadOnlyList<string>? Tags, IReadOnlyList<int>? Collections);

/// <summary>
/// <c>PUT /api/v1/me/bookmarks/{id}</c>: the version read, and what to change; an omitted field stays as it is.
/// The target cannot change.
/// </summary>
public sealed record BookmarkUpdateRequest(long? Version, string? Note, IReadOnlyList<string>? Tags, IReadOnlyList<int>? Collections);

/// <summary>One collection of the signed-in user's library, with how many bookmarks it holds.</summary>
public sealed record CollectionDto(int Id, long Version, string Name, string Description, int Order, int Count, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>
/// <c>POST</c> and <c>PUT /api/v1/me/collections[/{id}]</c>: a name is needed to create one; on a change, the
/// version read, and an omitted field stays as it is. Without an order a new collection goes last.
/// </summary>
public sealed record CollectionRequest(long? Version, string? Name, string? Description, int? Order);

/// <summary>What <c>POST /api/v1/me/import</c> did: what it added, what it left because the library held it already, and what it could not read.</summary>
public sealed record LibraryImportReport(int BookmarksAdded, int BookmarksSkipped, int CollectionsAdded, int CollectionsSkipped, IReadOnlyList<string> Problems);
