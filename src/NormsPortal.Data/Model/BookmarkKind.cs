namespace NormsPortal.Data.Model;

/// <summary>What a bookmark points at.</summary>
public enum BookmarkKind
{
    /// <summary>One of the norms, by its number (<c>1.6</c>).</summary>
    Norm,

    /// <summary>A paragraph of a work: symbol and anchor.</summary>
    Paragraph,

    /// <summary>Words inside a paragraph: symbol, anchor, the quote and a little text before and after it.</summary>
    Passage,

    /// <summary>A whole work, by its symbol.</summary>
    Work,

    /// <summary>A search: its query and filters.</summary>
    Search,
}
