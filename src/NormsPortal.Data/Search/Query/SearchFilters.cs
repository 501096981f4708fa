namespace NormsPortal.Data.Search.Query;

/// <summary>
/// The filters of a query. Within one filter the values are alternatives (<c>kind:report
/// kind:ga-resolution</c> is either kind); different filters must all hold. Values are in their
/// canonical form: kinds, tracks and languages lower-case, symbols in <see cref="Symbols.UnSymbol"/>'s
/// normal form; a year filter is a range (a single year has <see cref="YearFrom"/> = <see cref="YearTo"/>),
/// open at one end when one of them is null (<c>year:2020..</c>, <c>year:..2015</c>).
/// </summary>
public sealed record SearchFilters(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Tracks,
    int? YearFrom,
    int? YearTo,
    IReadOnlyList<int> Sessions,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Norms,
    IReadOnlyList<string> Symbols)
{
    /// <summary>No filter at all.</summary>
    public static SearchFilters None { get; } = new([], [], null, null, [], [], [], []);

    public bool IsEmpty =>
        Kinds.Count == 0 && Tracks.Count == 0 && YearFrom is null && YearTo is null && Sessions.Count == 0
        && Languages.Count == 0 && Norms.Count == 0 && Symbols.Count == 0;

    public bool Equals(SearchFilters? other) =>
        other is not null
        && Kinds.SequenceEqual(other.Kinds, StringComparer.Ordinal)
        && Tracks.SequenceEqual(other.Tracks, StringComparer.Ordinal)
        && YearFrom == other.YearFrom
        && YearTo == other.YearTo
        && Sessions.SequenceEqual(other.Sessions)
        && Languages.SequenceEqual(other.Languages, StringComparer.Ordinal)
        && Norms.SequenceEqual(other.Norms, StringComparer.Ordinal)
        && Symbols.SequenceEqual(other.Symbols, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(
        SequenceHash.Of(Kinds), SequenceHash.Of(Tracks), YearFrom, YearTo, SequenceHash.Of(Sessions),
        SequenceHash.Of(Languages), SequenceHash.Of(Norms), SequenceHash.Of(Symbols));
}
