namespace NormsPortal.Data.Model;

/// <summary>One tag of a bookmark, as its owner wrote it; a bookmark has each tag once, whatever its case.</summary>
public sealed class BookmarkTag
{
    public int BookmarkId { get; set; }

    public required string Name { get; set; }
}
