namespace NormsPortal.Data.Search.Store;

/// <summary>
/// The columns of the search statement's result (<see cref="SearchSql"/>), by position. A row is a
/// facet count when <see cref="Facet"/> is not null, and a paragraph of the page's works otherwise;
/// facet rows come first, then the page's rows in the order they are listed.
/// </summary>
public static class SearchResultColumns
{
    // A paragraph of the page: its work, that work's number of hits and the total of matched works.
    public const int WorkId = 0;
    public const int Hits = 1;
    public const int Total = 2;
    public const int Symbol = 3;
    public const int Kind = 4;
    public const int Title = 5;
    public const int Date = 6;
    public const int EntryKind = 7;
    public const int Language = 8;
    public const int Anchor = 9;
    public const int Text = 10;

    // A facet count: facet name, value, count, and for tracks and norms a label (norms also an ordinal).
    public const int Facet = 11;
    public const int Value = 12;
    public const int Count = 13;
    public const int Label = 14;
    public const int Ordinal = 15;
}
