using System.Globalization;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// How facet values read in the API and on the search page, where the vocabularies do not say it already
/// (kinds and languages are labelled by <c>WorkKindNames</c> and <c>Languages</c>).
/// </summary>
internal static class SearchFacetLabels
{
    public static string Decade(int decade) => decade.ToString(CultureInfo.InvariantCulture) + "s";
}
