using System.Globalization;

namespace NormsPortal.Web.Components.Search;

/// <summary>The search page's addresses: every bit of its state is in the URL, so any result list can be shared.</summary>
public static class SearchUrls
{
    public const string Search = "/search";

    public const string Help = "/search/help";

    /// <summary><c>/search?q=…&amp;page=…</c> (no page parameter for the first page).</summary>
    public static string For(string? query, int page = 1)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Search;
        }
        var url = Search + "?q=" + Uri.EscapeDataString(text);
        return page > 1 ? url + "&page=" + page.ToString(CultureInfo.InvariantCulture) : url;
    }
}
