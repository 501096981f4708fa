using System.Globalization;

namespace NormsPortal.Data.Search.Query;

/// <summary>
/// Renders a query as its canonical text: the text part as typed (words, phrases, OR groups and
/// exclusions in their order), then the lookups, then the filters in the order of
/// <see cref="SearchQueryParser.FilterNames"/>. Parsing the text gives back an equal query.
/// </summary>
public static class SearchQueryFormatter
{
    public static string Format(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join(' ', TextAndLookups(query).Concat(Filters(query.Filters)));
    }

    /// <summary>Each filter value as its own canonical text (<c>kind:report</c>, <c>year:2020..</c>), in canonical order.</summary>
    public static IReadOnlyList<string> Filters(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var parts = new List<string>();
        parts.AddRange(filters.Kinds.Select(kind => "kind:" + kind));
        parts.AddRange(filters.Tracks.Select(track => "track:" + track));
        if (filters.YearFrom is not null || filters.YearTo is not null)
        {
            parts.Add(YearFilter(filters.YearFrom, filters.YearTo));
        }
        parts.AddRange(filters.Sessions.Select(session => "session:" + session.ToString(CultureInfo.InvariantCulture)));
        parts.AddRange(filters.Languages.Select(language => "lang:" + language));
        parts.AddRange(filters.Norms.Select(norm => "norm:" + norm));
        parts.AddRange(filters.Symbols.Select(SymbolFilter));
        return parts;
    }

    public static string Format(SearchNode node) => node switch
    {
        TermNode term => FormatTerm(term),
        PhraseNode phrase => '"' + string.Join(' ', phrase.Words) + '"',
        NotNode not => "-" + Format(not.Child),
        OrNode or => string.Join(" OR ", or.Children.Select(Format)),
        AndNode and => string.Join(' ', and.Children.Select(Format)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown search node."),
    };

    /// <summary>A query text with one more filter (a facet link): the filter is added unless already there.</summary>
    public static string WithFilter(string? queryText, string filter)
    {
        var query = SearchQueryParser.Parse(queryText);
        var combined = SearchQueryParser.Parse(Format(query) + " " + filter);
        return Format(combined);
    }

    /// <summary>
    /// A query text without one of its filters (a filter's remove link): <paramref name="filter"/> is
    /// one of <see cref="Filters"/>; the text, the lookups and the other filters stay as they are.
    /// </summary>
    public static string WithoutFilter(string? queryText, string filter)
    {
        var query = SearchQueryParser.Parse(queryText);
        var parts = TextAndLookups(query).Concat(Filters(query.Filters).Where(part => !string.Equals(part, filter, StringComparison.Ordinal)));
        return string.Join(' ', parts);
    }

    /// <summary>The year filter's text: one year, a range, or a range open at one end (<c>year:2020..</c>, <c>year:..2015</c>).</summary>
    public static string YearFilter(int? from, int? to) => (from, to) switch
    {
        (null, null) => throw new ArgumentException("A year filter needs a first or a last year."),
        ({ } year, { } same) when year == same => string.Create(CultureInfo.InvariantCulture, $"year:{year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"year:{from}..{to}"),
    };

    /// <summary>The filter that keeps one work: <c>symbol:A/RES/73/27</c>, <c>symbol:"A/RES/43/78 H"</c>.</summary>
    public static string SymbolFilter(string symbol) => "symbol:" + Quoted(symbol);

    private static IEnumerable<string> TextAndLookups(SearchQuery query) =>
        (query.Root is { } root ? [Format(root)] : Array.Empty<string>()).Concat(query.Lookups.Select(Quoted));

    private static string FormatTerm(TermNode term)
    {
        if (term.IsPrefix)
        {
            return term.Word + "*";
        }
        // A word that would read as a filter, a lookup or OR on its own keeps its meaning in quotes.
        return SearchQueryParser.ReadsAsPlainWord(term.Word) ? term.Word : '"' + term.Word + '"';
    }

    private static string Quoted(string value) => value.Contains(' ', StringComparison.Ordinal) ? '"' + value + '"' : value;
}
