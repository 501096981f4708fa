using System.Text.RegularExpressions;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Analysis;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Search;

/// <summary>
/// Puts a query's filters in the form the database holds: kinds by their stored enum name (with the
/// everyday words <c>resolution</c>, <c>draft</c>, <c>decision</c>; <c>annotation</c> keeps curators'
/// notes only, within the work kinds asked for), short symbols (<c>70/174</c>) as
/// every full symbol they may stand for. A kind the portal does not know is reported and ignored.
/// </summary>
public static partial class SearchFilterMapping
{
    private static readonly Dictionary<string, WorkKind[]> s_kindAliases = new(StringComparer.Ordinal)
    {
        ["resolution"] = [WorkKind.GaResolution, WorkKind.HrcResolution, WorkKind.ScResolution],
        ["draft"] = [WorkKind.DraftResolution],
        ["decision"] = [WorkKind.GaDecision],
    };

    public static StoredFilters ToStored(SearchFilters filters, List<string> warnings)
    {
        var kinds = new List<string>();
        var annotationsOnly = false;
        foreach (var kind in filters.Kinds)
        {
            if (kind == SearchFacetRow.AnnotationKind)
            {
                annotationsOnly = true;
            }
            else if (WorkKindNames.TryParse(kind, out var known))
            {
                kinds.Add(known.ToString());
            }
            else if (s_kindAliases.TryGetValue(kind, out var aliases))
            {
                kinds.AddRange(aliases.Select(a => a.ToString()));
            }
            else
            {
                warnings.Add(WorkKindNames.UnknownMessage(kind) + " It was ignored.");
            }
        }

        return new StoredFilters(
            kinds.Distinct(StringComparer.Ordinal).ToList(),
            filters.Tracks,
            filters.YearFrom,
            filters.YearTo,
            filters.Sessions,
            filters.Languages,
            filters.Norms,
            filters.Symbols.SelectMany(FullSymbols).Distinct(StringComparer.Ordinal).ToList(),
            annotationsOnly);
    }

    /// <summary>The languages a query's words are analysed in: those of <c>lang:</c>, or all.</summary>
    public static IReadOnlyList<string> AnalysisLanguages(SearchFilters filters) =>
        filters.Languages.Count > 0 ? filters.Languages : SearchTextAnalyzer.SupportedLanguages;

    /// <summary>A symbol as given and, for a short one such as <c>70/174</c>, the resolution and the document it may name.</summary>
    public static IEnumerable<string> FullSymbols(string symbol)
    {
        yield return symbol;
        if (ShortSymbol().IsMatch(symbol))
        {
            yield return "A/RES/" + symbol;
            yield return "A/" + symbol;
        }
    }

    [GeneratedRegex(@"^[0-9]{1,3}/[0-9]{1,4}(?: [A-Z])?$")]
    private static partial Regex ShortSymbol();
}
