using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// The signed-in user's library under <c>/api/v1/me</c>: bookmarks, collections, export and import. Every
/// endpoint needs a signed-in user (cookie or bearer token; 401 otherwise) and sees only that user's items:
/// another user's id answers 404, before anything in the request is looked at.
/// </summary>
public static class LibraryEndpoints
{
    public const string Prefix = "/me";

    public static IEndpointRouteBuilder MapLibraryEndpoints(this IEndpointRouteBuilder api)
    {
        var me = api.MapGroup(Prefix).WithTags("Library").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var bookmarks = me.MapGroup("/bookmarks");
        bookmarks.MapGet("/", ListBookmarksAsync).WithName("ListBookmarks")
            .WithSummary("The signed-in user's bookmarks, newest first; filters collection (id), tag, kind (norm|paragraph|passage|work|search), text; "
                + "sort=newest|oldest|updated|target; paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        bookmarks.MapPost("/", CreateBookmarkAsync).WithName("CreateBookmark")
            .WithSummary("Bookmarks a norm, paragraph, passage, work or search, with a note, tags and collections. 409 when the library holds it already.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        bookmarks.MapGet("/{id:int}", GetBookmarkAsync).WithName("GetBookmark").WithSummary("One bookmark of the signed-in user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        bookmarks.MapPut("/{id:int}", UpdateBookmarkAsync).WithName("UpdateBookmark")
            .WithSummary("Changes a bookmark's note, tags or collections (omitted fields stay; the target cannot change). A stale version gets 409 with the current bookmark in \"current\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        bookmarks.MapDelete("/{id:int}", DeleteBookmarkAsync).WithName("DeleteBookmark").WithSummary("Deletes a bookmark.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var collections = me.MapGroup("/collections");
        collections.MapGet("/", ListCollectionsAsync).WithName("ListCollections")
            .WithSummary("The signed-in user's collections in their order, each with its number of bookmarks; paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        collections.MapPost("/", CreateCollectionAsync).WithName("CreateCollection").WithSummary("A new collection; without an order it goes last.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        collections.MapGet("/{id:int}", GetCollectionAsync).WithName("GetCollection").WithSummary("One collection of the signed-in user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        collections.MapPut("/{id:int}", UpdateCollectionAsync).WithName("UpdateCollection")
            .WithSummary("Renames, describes or reorders a collection (omitted fields stay). A stale version gets 409 with the current collection in \"current\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        collections.MapDelete("/{id:int}", DeleteCollectionAsync).WithName("DeleteCollection").WithSummary("Deletes a collection; its bookmarks stay in the library.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        me.MapGet("/export", ExportAsync).WithName("ExportLibrary")
            .WithSummary("The library, or one collection (&collection=id), as a file: format=csv|json|bibtex|ris|csl-json. "
                + "JSON holds everything and is what /api/v1/me/import reads; the citation files carry paragraph pinpoints and the notes.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        me.MapPost("/import", ImportAsync).WithName("ImportLibrary")
            .WithSummary("Reads a JSON export back: adds the collections and bookmarks the library lacks, never duplicates or deletes, and reports what it added and skipped.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Results<Ok<ListPage<BookmarkDto>>, ProblemHttpResult>> ListBookmarksAsync(
        [FromQuery] string? collection, [FromQuery] string? tag, [FromQuery] string? kind, [FromQuery] string? text, [FromQuery] string? sort,
        [FromQuery] string? page, [FromQuery] string? pageSize, ICurrentUser user, LibraryService library, HttpRequest http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        var query = LibraryQueryParameters.Read(collection, tag, kind, text, sort, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        var (items, total) = await library.ListBookmarksAsync(Owner(user), query with { Page = number, PageSize = size }, cancellationToken);
        return TypedResults.Ok(ListPage.Linked(new ListPage<BookmarkDto>(items, total, number, size), http));
    }

    private static async Task<Results<Created<BookmarkDto>, ProblemHttpResult>> CreateBookmarkAsync(
        BookmarkCreateRequest request, ICurrentUser user, LibraryService library, HttpRequest http, CancellationToken cancellationToken)
    {
        var outcome = await library.CreateBookmarkAsync(Owner(user), request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } created }
            ? TypedResults.Created(BookmarkUrl(http, created.Id), created)
            : Problem(outcome);
    }

    private static async Task<Results<Ok<BookmarkDto>, ProblemHttpResult>> GetBookmarkAsync(
        int id, ICurrentUser user, LibraryService library, CancellationToken cancellationToken) =>
        await library.GetBookmarkAsync(Owner(user), id, cancellationToken) is { } bookmark
            ? TypedResults.Ok(bookmark)
            : NotFound("bookmark", id);

    private static async Task<Results<Ok<BookmarkDto>, ProblemHttpResult>> UpdateBookmarkAsync(
        int id, BookmarkUpdateRequest request, ICurrentUser user, LibraryService library, CancellationToken cancellationToken)
    {
        var outcome = await library.UpdateBookmarkAsync(Owner(user), id, request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } updated } ? TypedResults.Ok(updated) : Problem(outcome, "bookmark", id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteBookmarkAsync(
        int id, ICurrentUser user, LibraryService library, CancellationToken cancellationToken) =>
        await library.DeleteBookmarkAsync(Owner(user), id, cancellationToken) ? TypedResults.NoContent() : NotFound("bookmark", id);

    private static async Task<Results<Ok<ListPage<CollectionDto>>, ProblemHttpResult>> ListCollectionsAsync(
        [FromQuery] string? page, [FromQuery] string? pageSize, ICurrentUser user, LibraryService library, HttpRequest http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        return TypedResults.Ok(ListPage.Of(await library.ListCollectionsAsync(Owner(user), cancellationToken), number, size, http));
    }

    private static async Task<Results<Created<CollectionDto>, ProblemHttpResult>> CreateCollectionAsync(
        CollectionRequest request, ICurrentUser user, LibraryService library, HttpRequest http, CancellationToken cancellationToken)
    {
        var outcome = await library.CreateCollectionAsync(Owner(user), request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } created }
            ? TypedResults.Created(http.PathBase + ApiRoutes.Version1 + Prefix + "/collections/" + created.Id, created)
            : Problem(outcome);
    }

    private static async Task<Results<Ok<CollectionDto>, ProblemHttpResult>> GetCollectionAsync(
        int id, ICurrentUser user, LibraryService library, CancellationToken cancellationToken) =>
        await library.GetCollectionAsync(Owner(user), id, cancellationToken) is { } collection
            ? TypedResults.Ok(collection)
            : NotFound("collection", id);

    private static async Task<Results<Ok<CollectionDto>, ProblemHttpResult>> UpdateCollectionAsync(
        int id, CollectionRequest request, ICurrentUser user, LibraryService library, CancellationToken cancellationToken)
    {
        var outcome = await library.UpdateCollectionAsync(Owner(user), id, request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } updated } ? TypedResults.Ok(updated) : Problem(outcome, "collection", id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteCollectionAsync(
        int id, ICurrentUser user, LibraryService library, CancellationToken cancellationToken) =>
        await library.DeleteCollectionAsync(Owner(user), id, cancellationToken) ? TypedResults.NoContent() : NotFound("collection", id);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        [FromQuery] string? format, [FromQuery] string? collection, ICurrentUser user, LibraryService library, LibraryExport export, HttpRequest http,
        CancellationToken cancellationToken)
    {
        if (!LibraryExport.IsFormat(format))
        {
            return ApiProblems.BadRequest($"format must be one of: {string.Join(", ", LibraryExport.FormatNames)}.");
        }

        var problems = new List<string>();
        var only = LibraryQueryParameters.ReadCollection(collection, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        if (only is { } id && await library.GetCollectionAsync(Owner(user), id, cancellationToken) is null)
        {
            return NotFound("collection", id);
        }

        var site = new Uri(http.Scheme + "://" + http.Host + http.PathBase + "/");
        var file = await export.RenderAsync(Owner(user), format!, only, site, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<Ok<LibraryImportReport>, ProblemHttpResult>> ImportAsync(
        LibraryDocument? document, ICurrentUser user, LibraryImport import, CancellationToken cancellationToken)
    {
        var (report, problem) = await import.ImportAsync(Owner(user), document, cancellationToken);
        return report is null ? ApiProblems.BadRequest(problem!) : TypedResults.Ok(report);
    }

    /// <summary>The signed-in user's id; the group's authorization lets nobody else in.</summary>
    private static string Owner(ICurrentUser user) =>
        user.UserId ?? throw new InvalidOperationException("The library's endpoints require a signed-in user.");

    private static string BookmarkUrl(HttpRequest http, int id) => http.PathBase + ApiRoutes.Version1 + Prefix + "/bookmarks/" + id;

    private static ProblemHttpResult NotFound(string what, int id) =>
        ApiProblems.NotFound($"No such {what}", $"Your library has no {what} with the id {id}.");

    private static ProblemHttpResult Problem<T>(LibraryOutcome<T> outcome, string what = "", int id = 0)
        where T : class => ApiProblems.For(outcome, () => NotFound(what, id));
}
