namespace NormsPortal.Data.Model;

/// <summary>
/// A pointer to a place in a text: the work's normalised symbol, the provision's anchor (empty
/// for the whole work) and the words quoted there. Norms, cross-references, bookmarks and
/// annotations hold these instead of provision row ids, because a re-import replaces provision
/// rows while symbols and anchors stay the same; the quote lets a reader notice when a text changed.
/// </summary>
public sealed record TextReference
{
    public required string Symbol { get; init; }

    public string Anchor { get; init; } = "";

    public string Quote { get; init; } = "";
}
