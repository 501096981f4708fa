using System.Globalization;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.Web.Components.Search;

/// <summary>The search page's addresses: every bit of its state is in the URL, so any result list can be shared.</summary>
public static class SearchUrls
{
    public const string Search = "/search";

    public const string Help = "/search/help";

    /// <summary><c>/api/v1/search/export?q=…&amp;format=csv</c> (or <c>json</c>), with the search's scope.</summary>
    public static string Export(string query, string format, string? scope = null)
    {
        var url = "/api/v1/search/export?q=" + Uri.EscapeDataString(query.Trim()) + "&format=" + Uri.EscapeDataString(format);
        return scope == SearchScopeNames.Document ? url + "&scope=" + SearchScopeNames.Document : url;
    }

    /// <summary>
    /// <c>/search?q=…&amp;page=…&amp;scope=document</c> (no page parameter for the first page, no scope
    /// for the default, <see cref="SearchScopeNames.Paragraph"/>).
    /// </summary>
    public static string For(string? query, int page = 1, string? scope = null)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Search;
        }
        var url = Search + "?q=" + Uri.EscapeDataString(text);
        url = page > 1 ? url + "&page=" + page.ToString(CultureInfo.InvariantCulture) : url;
        return scope == SearchScopeNames.Document ? url + "&scope=" + SearchScopeNames.Document : url;
    }
}
