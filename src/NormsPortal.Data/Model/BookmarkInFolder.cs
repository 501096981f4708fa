namespace NormsPortal.Data.Model;

/// <summary>A bookmark's place in one collection (the many-to-many link); gone with either side.</summary>
public sealed class BookmarkInFolder
{
    public int BookmarkId { get; set; }

    public int FolderId { get; set; }

    public Folder Folder { get; set; } = null!;

    public Bookmark Bookmark { get; set; } = null!;
}
