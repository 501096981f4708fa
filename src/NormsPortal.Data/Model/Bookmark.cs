namespace NormsPortal.Data.Model;

/// <summary>
/// A researcher's saved norm, paragraph, passage, work or search, with a private Markdown note and
/// tags, in any number of the owner's collections. What it points at is kept as symbols, anchors and
/// quoted words (a <see cref="TextReference"/> and the passage's context), never as row ids, so a
/// re-import does not break it; <see cref="References.TextReferenceResolver"/> finds it again.
/// </summary>
public sealed class Bookmark : AuditedEntity
{
    /// <summary>The <see cref="PortalUser"/> whose library holds it; deleting the user deletes it.</summary>
    public required string OwnerId { get; set; }

    public BookmarkKind Kind { get; set; }

    /// <summary>
    /// What the bookmark points at in one string (<see cref="Library.BookmarkTarget.Key"/>), unique per owner,
    /// so the same thing is never bookmarked twice.
    /// </summary>
    public required string TargetKey { get; set; }

    /// <summary>The norm's number for <see cref="BookmarkKind.Norm"/>.</summary>
    public string? NormNumber { get; set; }

    /// <summary>The work's normalised symbol for paragraphs, passages and works.</summary>
    public string? Symbol { get; set; }

    /// <summary>The paragraph's anchor for paragraphs and passages.</summary>
    public string? Anchor { get; set; }

    /// <summary>The quoted words of a passage, as the reader selected them.</summary>
    public string? Quote { get; set; }

    /// <summary>A few words before the quote, to tell one occurrence from another and to find it again after a re-import.</summary>
    public string? Prefix { get; set; }

    /// <summary>A few words after the quote.</summary>
    public string? Suffix { get; set; }

    /// <summary>A saved search's query, as typed.</summary>
    public string? Query { get; set; }

    /// <summary>A saved search's filters as a query string in key order (<c>kind=ga-resolution&amp;lang=fr</c>); empty when none.</summary>
    public string? Filters { get; set; }

    /// <summary>The private note, in Markdown; rendered only through the portal's one Markdown renderer.</summary>
    public string Note { get; set; } = "";

    public List<BookmarkTag> Tags { get; } = [];

    public List<BookmarkInFolder> Folders { get; } = [];
}
