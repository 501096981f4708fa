using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>
/// The search page at /search?q=…&amp;page=… and the search boxes of every page.
/// </summary>
/// <remarks>
/// The contract with the page: <c>[data-state]</c> on the page's section (blank, nothing, none,
/// direct, results); results in <c>ol.np-results</c>, each <c>.np-result</c> with its title link
/// and <c>.np-result__permalink</c> links to matched paragraphs; the app bar's box is
/// <c>#site-search</c>, the page's own <c>#page-search</c>; suggestions are <c>[role=option]</c>
/// in the box's listbox.
/// </remarks>
public sealed class SearchPage(IPage page) : PortalPage(page)
{
    public const string Path = "/search";

    public const string HelpPath = "/search/help";

    public ILocator State => Page.Locator("[data-state]");

    public ILocator Results => Page.Locator(".np-result");

    public ILocator Permalinks => Page.Locator(".np-result__permalink");

    public ILocator Warnings => Page.Locator(".np-search-warnings");

    public ILocator SiteSearch => Page.Locator("#site-search");

    public ILocator PageSearch => Page.Locator("#page-search");

    public static string For(string query) => Path + "?q=" + Uri.EscapeDataString(query);

    public Task<IResponse> SearchForAsync(string query) => GotoAsync(For(query));

    /// <summary>The addresses of the results' paragraph permalinks, in order.</summary>
    public async Task<IReadOnlyList<string>> PermalinkHrefsAsync()
    {
        var hrefs = new List<string>();
        foreach (var link in await Permalinks.AllAsync())
        {
            hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        }
        return hrefs;
    }
}
