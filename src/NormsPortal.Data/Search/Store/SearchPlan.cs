namespace NormsPortal.Data.Search.Store;

/// <summary>
/// What one search statement is asked: the analysed match (null: every entry that passes the
/// filters), the filters as stored values, the page of works wanted, how many matched entries
/// at most are ranked (see <see cref="SearchSql"/>), and whether the words must meet in one
/// paragraph or only in one document (<see cref="SearchScope"/>).
/// </summary>
public sealed record SearchPlan(
    MatchNode? Match,
    StoredFilters Filters,
    int Offset,
    int Limit,
    int ParagraphsPerWork,
    int RankedEntries,
    SearchScope Scope = SearchScope.Paragraph);

/// <summary>
/// Filters in the form the database holds them (kinds by enum name, symbols normalised);
/// <see cref="AnnotationsOnly"/> keeps curators' notes only (<c>kind:annotation</c>).
/// </summary>
public sealed record StoredFilters(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Tracks,
    int? YearFrom,
    int? YearTo,
    IReadOnlyList<int> Sessions,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Norms,
    IReadOnlyList<string> Symbols,
    bool AnnotationsOnly = false)
{
    public static StoredFilters None { get; } = new([], [], null, null, [], [], [], []);

    /// <summary>Whether a filter narrows the matched entries themselves (language, norm, notes only), not only their works.</summary>
    public bool NarrowEntries => Languages.Count > 0 || Norms.Count > 0 || AnnotationsOnly;
}
