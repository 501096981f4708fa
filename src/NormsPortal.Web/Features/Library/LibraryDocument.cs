namespace NormsPortal.Web.Features.Library;

/// <summary>
/// The library as a JSON file (<c>GET /api/v1/me/export?format=json</c>), and what <c>POST /api/v1/me/import</c>
/// reads back: the collections, and the bookmarks with their targets, notes, tags and the ids of their collections
/// in this file. Items are the API's own shapes, so nothing the library keeps is left out.
/// </summary>
public sealed record LibraryDocument(string Format, int Version, DateTime ExportedAt, IReadOnlyList<CollectionDto> Collections, IReadOnlyList<BookmarkDto> Bookmarks)
{
    /// <summary>The value of <see cref="Format"/>: a file that is not a library export is refused by name.</summary>
    public const string FormatName = "normsportal-library";

    public const int CurrentVersion = 1;
}
