namespace NormsPortal.Data.Search.Query;

/// <summary>
/// A parsed query: what to look for in the text (<see cref="Root"/>), the filters, the tokens to
/// look up as norm numbers or document symbols, and notes for the user about what was ignored.
/// Two queries are equal when they search for the same thing: <see cref="Warnings"/> are not
/// compared. <see cref="ToString"/> gives the canonical query text, and parsing it again gives an
/// equal query.
/// </summary>
/// <param name="Root">The text part; null when there is nothing to search for in the text.</param>
/// <param name="Filters">The filters (<c>kind:</c>, <c>year:</c> …).</param>
/// <param name="Lookups">
/// Tokens that look like a norm number (<c>1.6</c>) or a document symbol (<c>A/70/174</c>, <c>70/237</c>,
/// <c>A/RES/73/27</c>, <c>"A/RES/43/78 H"</c>), to match against norms and works by number or symbol.
/// Numbers as typed; symbols upper-cased and in <see cref="Symbols.UnSymbol"/>'s normal form. They are
/// not part of the text query.
/// </param>
/// <param name="Warnings">User-facing notes, e.g. "An unbalanced quote was closed at the end".</param>
public sealed record SearchQuery(
    SearchNode? Root,
    SearchFilters Filters,
    IReadOnlyList<string> Lookups,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The query of an empty input.</summary>
    public static SearchQuery Empty { get; } = new(null, SearchFilters.None, [], []);

    /// <summary>No text, no lookups and no filters: "nothing to search for".</summary>
    public bool IsEmpty => Root is null && Lookups.Count == 0 && Filters.IsEmpty;

    public bool Equals(SearchQuery? other) =>
        other is not null
        && Equals(Root, other.Root)
        && Filters.Equals(other.Filters)
        && Lookups.SequenceEqual(other.Lookups, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Root, Filters, SequenceHash.Of(Lookups));

    /// <summary>The canonical query text (for URLs and the search box).</summary>
    public override string ToString() => SearchQueryFormatter.Format(this);
}
