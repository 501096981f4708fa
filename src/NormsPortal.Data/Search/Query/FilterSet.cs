using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Search.Analysis;

namespace NormsPortal.Data.Search.Query;

/// <summary>Collects and checks filter values while a query is parsed; invalid values are refused.</summary>
internal sealed partial class FilterSet
{
    /// <summary>Years the portal's documents can have: the UN's first session to well past today.</summary>
    private const int FirstYear = 1945;
    private const int LastYear = 2100;

    /// <summary>General Assembly sessions: the first was 1946, one a year.</summary>
    private const int LastSession = 200;

    private readonly List<string> _kinds = [];
    private readonly List<string> _tracks = [];
    private readonly List<int> _sessions = [];
    private readonly List<string> _languages = [];
    private readonly List<string> _norms = [];
    private readonly List<string> _symbols = [];
    private readonly List<string> _warnings = [];
    private (int? From, int? To)? _years;

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Adds one value of a filter; false when the value is not valid for it.</summary>
    public bool TryAdd(string name, string value)
    {
        switch (name)
        {
            case "kind":
                return TryAddSlug(_kinds, name, value);
            case "track":
                return TryAddSlug(_tracks, name, value);
            case "lang":
                var language = value.ToLowerInvariant();
                if (!SearchTextAnalyzer.SupportedLanguages.Contains(language, StringComparer.Ordinal))
                {
                    return false;
                }
                Add(_languages, name, language);
                return true;
            case "norm":
                if (LookupPatterns.NormNumberOrNull(value) is not { } norm)
                {
                    return false;
                }
                Add(_norms, name, norm);
                return true;
            case "symbol":
                if (LookupPatterns.Symbol(string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))) is not { } symbol)
                {
                    return false;
                }
                Add(_symbols, name, symbol);
                return true;
            case "session":
                if (!SessionPattern().IsMatch(value)
                    || int.Parse(value, CultureInfo.InvariantCulture) is var session && session is < 1 or > LastSession)
                {
                    return false;
                }
                Add(_sessions, name, session);
                return true;
            case "year":
                return TrySetYears(value);
            default:
                return false;
        }
    }

    public SearchFilters Build() => new(
        _kinds.ToArray(), _tracks.ToArray(), _years?.From, _years?.To, _sessions.ToArray(),
        _languages.ToArray(), _norms.ToArray(), _symbols.ToArray());

    /// <summary>A year (<c>2015</c>), a range (<c>2015..2018</c>) or an open range (<c>2020..</c>, <c>..2015</c>).</summary>
    private bool TrySetYears(string value)
    {
        var match = YearPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }
        int? from = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        int? to = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture)
            : match.Groups[2].Success ? null : from;
        if (from is null && to is null || !IsYear(from) || !IsYear(to))
        {
            return false;
        }
        if (from > to)
        {
            (from, to) = (to, from);
            _warnings.Add(string.Create(CultureInfo.InvariantCulture, $"\u201Cyear:{value}\u201D was read as year:{from}..{to}."));
        }
        if (_years is not null && _years != (from, to))
        {
            // Two ranges would have to be intersected, and an empty intersection has no canonical text.
            _warnings.Add("Only one year filter can be used; the last one was kept.");
        }
        _years = (from, to);
        return true;
    }

    private static bool IsYear(int? year) => year is null or (>= FirstYear and <= LastYear);

    private bool TryAddSlug(List<string> values, string name, string value)
    {
        var slug = value.ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
        {
            return false;
        }
        Add(values, name, slug);
        return true;
    }

    private void Add<T>(List<T> values, string name, T value)
    {
        if (values.Contains(value))
        {
            return;
        }
        if (values.Count >= SearchQueryLimits.MaxFilterValues)
        {
            var warning = $"Only the first {SearchQueryLimits.MaxFilterValues} values of {name}: were used.";
            if (!_warnings.Contains(warning))
            {
                _warnings.Add(warning);
            }
            return;
        }
        values.Add(value);
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[0-9]{1,3}$")]
    private static partial Regex SessionPattern();

    // Group 2 is the range mark: "2020.." is open, "2020" is one year.
    [GeneratedRegex(@"^([0-9]{4})?(?:(\.\.)([0-9]{4})?)?$")]
    private static partial Regex YearPattern();
}
