using NormsPortal.Data.Model;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Library;

/// <summary>How the library's bookmarks are ordered.</summary>
public enum BookmarkSort
{
    /// <summary>Newest first (the default).</summary>
    Newest,

    Oldest,

    /// <summary>Most recently changed first.</summary>
    Updated,

    /// <summary>By what they point at: norms, then works and their paragraphs by symbol and anchor, then searches.</summary>
    Target,
}

/// <summary>A page of the library: filters (all optional, combined), order and paging.</summary>
public sealed record BookmarkListQuery
{
    public int? Collection { get; init; }

    public string? Tag { get; init; }

    public BookmarkKind? Kind { get; init; }

    /// <summary>Words to find in the note, the quote, the symbol, the norm's number or the saved query, ignoring case.</summary>
    public string? Text { get; init; }

    public BookmarkSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = Paging.DefaultPageSize;
}
