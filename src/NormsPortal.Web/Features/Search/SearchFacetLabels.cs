using System.Globalization;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Search;

/// <summary>How facet values read in the API and on the search page.</summary>
internal static class SearchFacetLabels
{
    private static readonly Dictionary<WorkKind, string> s_kinds = new()
    {
        [WorkKind.GaResolution] = "General Assembly resolution",
        [WorkKind.GaDecision] = "General Assembly decision",
        [WorkKind.DraftResolution] = "Draft resolution",
        [WorkKind.Report] = "Report",
        [WorkKind.HrcResolution] = "Human Rights Council resolution",
        [WorkKind.ScResolution] = "Security Council resolution",
        [WorkKind.MeetingRecord] = "Meeting record",
        [WorkKind.Other] = "Other document",
    };

    private static readonly Dictionary<string, string> s_languages = new(StringComparer.Ordinal)
    {
        ["ar"] = "Arabic",
        ["zh"] = "Chinese",
        ["en"] = "English",
        ["fr"] = "French",
        ["ru"] = "Russian",
        ["es"] = "Spanish",
    };

    public static string Kind(WorkKind kind) => s_kinds[kind];

    public static string Language(string code) => s_languages.GetValueOrDefault(code, code);

    public static string Decade(int decade) => decade.ToString(CultureInfo.InvariantCulture) + "s";
}
