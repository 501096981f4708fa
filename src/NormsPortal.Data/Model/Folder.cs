namespace NormsPortal.Data.Model;

/// <summary>
/// A researcher's named, ordered collection of bookmarks ("collection" on the pages and in the API; the
/// type is a folder only because .NET keeps the word for collection types); a bookmark may sit in several.
/// </summary>
public sealed class Folder : AuditedEntity
{
    /// <summary>The <see cref="PortalUser"/> whose library holds it; deleting the user deletes it.</summary>
    public required string OwnerId { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Its place among the owner's collections, lowest first.</summary>
    public int Order { get; set; }

    public List<BookmarkInFolder> Bookmarks { get; } = [];
}
