using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Search;
using NormsPortal.Data.Search.Query;
using NormsPortal.Web.Components.Search;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.ComponentTests.Search;

public sealed class SearchPageTests : PortalComponentTestBase
{
    /// <summary>The page at /search?q=…&amp;page=…, its parameters coming from the address as in the browser.</summary>
    private IRenderedComponent<SearchPage> RenderAt(string query, string? page = null, string? scope = null)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/search?q=" + Uri.EscapeDataString(query) + (page is null ? "" : "&page=" + Uri.EscapeDataString(page))
            + (scope is null ? "" : "&scope=" + Uri.EscapeDataString(scope)));
        return Render<SearchPage>();
    }

    private static SearchResultsDto Results(
        string query,
        IReadOnlyList<SearchWorkHitDto>? items = null,
        int? total = null,
        IReadOnlyList<SearchDirectMatchDto>? direct = null,
        IReadOnlyList<string>? warnings = null,
        SearchFacetsDto? facets = null,
        int page = 1,
        bool nothing = false,
        string scope = SearchScopeNames.Paragraph) =>
        new(items ?? [], total ?? items?.Count ?? 0, facets ?? SearchFacetsDto.None, direct ?? [], page, 20, query, warnings ?? [], nothing, scope);

    private static SearchWorkHitDto Work(string symbol, params SearchParagraphHitDto[] paragraphs) =>
        new(symbol, "ga-resolution", "Developments in the field of information and telecommunications", new DateOnly(2018, 12, 5),
            "/documents/" + symbol, paragraphs, paragraphs.Length);

    private static SearchParagraphHitDto Paragraph(string symbol, string anchor, string language, string snippet) =>
        new(anchor, language, snippet, $"/documents/{symbol}?lang={language}#{anchor}");

    [Fact]
    public void NoQuery_ShowsTheIntroWithExampleLinks_AndDoesNotSearch()
    {
        var page = Render<SearchPage>();

        Assert.Equal("blank", page.Find("[data-state]").GetAttribute("data-state"));
        Assert.Empty(SearchResults.Requests);
        var examples = page.FindAll(".np-search-page__examples a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=1.6", examples);
        Assert.Contains("/search?q=%22knowingly%20support%22", examples);
        Assert.Equal("/search/help", page.Find(".np-search-page__help-link").GetAttribute("href"));
    }

    [Fact]
    public void NothingToSearchFor_SaysSoWithTheWarnings()
    {
        SearchResults.Next = Results("", warnings: ["Ignored what is not a word: \u201C&|!\u201D."], nothing: true);

        var page = RenderAt("&|!");

        Assert.Equal("nothing", page.Find("[data-state]").GetAttribute("data-state"));
        Assert.Equal("Nothing to search for", page.Find(".np-search-page__message h2").TextContent.Trim());
        Assert.Contains("&|!", page.Find(".np-search-warnings").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".np-result"));
    }

    [Fact]
    public void NoResults_SaysNothingMatchesTheCanonicalQuery()
    {
        SearchResults.Next = Results("xyzzy");

        var page = RenderAt("  xyzzy ");

        Assert.Equal("none", page.Find("[data-state]").GetAttribute("data-state"));
        Assert.Equal("No results", page.Find(".np-search-page__message h2").TextContent.Trim());
        Assert.Equal("xyzzy", page.Find(".np-search-page__message code").TextContent);
    }

    [Fact]
    public void Results_AreGroupedByWorkWithSnippetsAsMarkupAndParagraphPermalinks()
    {
        SearchResults.Next = Results("critical infrastructure",
        [
            Work("A/RES/73/27",
                Paragraph("A/RES/73/27", "op1.6", "en", "damages <mark>critical</mark> <mark>infrastructure</mark> &amp; more"),
                Paragraph("A/RES/73/27", "op1.7", "fr", "leurs <mark>infrastructures</mark> critiques")),
            Work("A/RES/76/19", Paragraph("A/RES/76/19", "pp6", "en", "aimed at <mark>critical</mark> <mark>infrastructure</mark>")),
        ]);

        var page = RenderAt("critical infrastructure");

        Assert.Equal("results", page.Find("[data-state]").GetAttribute("data-state"));
        var works = page.FindAll(".np-result");
        Assert.Equal(2, works.Count);
        Assert.Equal("/documents/A/RES/73/27", works[0].QuerySelector("h2 a")!.GetAttribute("href"));
        var permalinks = works[0].QuerySelectorAll(".np-result__permalink");
        Assert.Equal("/documents/A/RES/73/27?lang=en#op1.6", permalinks[0].GetAttribute("href"));
        Assert.Equal("Paragraph 1.6", permalinks[0].TextContent.Trim());
        Assert.Contains("(French)", permalinks[1].TextContent, StringComparison.Ordinal);
        var snippet = works[0].QuerySelector(".np-result__snippet")!;
        Assert.Equal(2, snippet.QuerySelectorAll("mark").Length);
        Assert.Equal("damages critical infrastructure & more", snippet.TextContent);
        Assert.Equal("fr", works[0].QuerySelectorAll(".np-result__snippet")[1].GetAttribute("lang"));
        Assert.Contains("2 documents match", page.Find(".np-search-page__summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(new SearchRequest("critical infrastructure", 1, 20), Assert.Single(SearchResults.Requests));
    }

    [Fact]
    public void AndMore_ShowsAllTheWorksMatchesInPlace_NamedInWords()
    {
        var shown = new[]
        {
            Paragraph("A/RES/73/27", "op1.6", "en", "<mark>critical</mark>"),
            Paragraph("A/RES/73/27", "pp3", "en", "<mark>critical</mark>"),
            Paragraph("A/RES/73/27", "op4a", "en", "<mark>critical</mark>"),
        };
        SearchResults.Next = Results("critical", items: [Work("A/RES/73/27", shown) with { ParagraphTotal = 5 }], scope: SearchScopeNames.Document);
        SearchResults.MatchesInWork["A/RES/73/27"] =
            [.. shown, Paragraph("A/RES/73/27", "annex-op3", "en", "<mark>critical</mark>"), Paragraph("A/RES/73/27", "op1.6", "fr", "<mark>critique</mark>")];
        var page = RenderAt("critical", scope: SearchScopeNames.Document);
        Assert.Contains("and 2 more matching passages", page.Find(".np-result__more").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=show-all-matches]").Click();

        Assert.Equal(
            ["Paragraph 1.6", "Preambular paragraph 3", "Paragraph 4 (a)", "Annex, paragraph 3", "Paragraph 1.6 (French)"],
            page.FindAll(".np-result__permalink").Select(link => CollapseSpaces(link.TextContent)));
        var button = page.Find("[data-testid=show-all-matches]");
        Assert.Equal(("true", page.Find("[data-testid=result-paragraphs]").Id), (button.GetAttribute("aria-expanded"), button.GetAttribute("aria-controls")));
        var (request, symbol) = Assert.Single(SearchResults.MatchRequests);
        Assert.Equal(("critical", SearchScope.Document, "A/RES/73/27"), (request.Q, request.Scope, symbol));

        button.Click();

        Assert.Equal(3, page.FindAll(".np-result__permalink").Count);
    }

    [Fact]
    public void DirectMatches_ComeFirst_EvenWithoutTextResults()
    {
        SearchResults.Next = Results("1.6", direct: [new SearchDirectMatchDto("norm", "1.6", "Norm 1.6: Do not damage critical infrastructure", "/norms/1.6")]);

        var page = RenderAt("1.6");

        Assert.Equal("direct", page.Find("[data-state]").GetAttribute("data-state"));
        var match = page.Find(".np-direct-match a");
        Assert.Equal("/norms/1.6", match.GetAttribute("href"));
        Assert.Empty(page.FindAll(".np-search-page__message"));
    }

    [Fact]
    public void Warnings_AreShownAboveTheResults()
    {
        SearchResults.Next = Results("cyber \"knowingly support\"", [Work("A/RES/73/27")], warnings: ["An unbalanced quote was closed at the end of the query."]);

        var page = RenderAt("cyber \"knowingly support");

        Assert.Equal("An unbalanced quote was closed at the end of the query.", page.Find(".np-search-warnings li").TextContent);
        Assert.Equal("results", page.Find("[data-state]").GetAttribute("data-state"));
    }

    [Fact]
    public void CorrectedOrIgnoredFilters_AreShownAsWarnings()
    {
        var parsed = SearchQueryParser.Parse("security year:2018..2015 lang:de -kind:report");
        SearchResults.Next = Results(parsed.ToString(), [Work("A/RES/73/27")], warnings: parsed.Warnings);

        var page = RenderAt("security year:2018..2015 lang:de -kind:report");

        var shown = page.FindAll(".np-search-warnings li").Select(li => li.TextContent).ToList();
        Assert.Contains("\u201Cyear:2018..2015\u201D was read as year:2015..2018.", shown);
        Assert.Contains(shown, w => w.Contains("lang:de", StringComparison.Ordinal));
        Assert.Contains(shown, w => w.Contains("-kind:report", StringComparison.Ordinal));
    }

    [Fact]
    public void ParagraphScope_IsExplained_AndTheDocumentScopeOffered()
    {
        SearchResults.Next = Results("capacity-building gender", [Work("A/RES/73/27")]);

        var page = RenderAt("capacity-building gender");

        Assert.Equal(SearchScope.Paragraph, Assert.Single(SearchResults.Requests).Scope);
        var note = page.Find(".np-search-page__scope");
        Assert.Contains("must occur in one paragraph", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=capacity-building%20gender&scope=document", note.QuerySelector("a")!.GetAttribute("href"));
        Assert.False(page.Find(".np-search__scope input[type=checkbox]").HasAttribute("checked"));
    }

    [Fact]
    public void DocumentScope_IsAskedFor_ChecksTheBox_AndIsKeptByThePager()
    {
        var items = Enumerable.Range(1, 20).Select(i => Work($"A/RES/{i}/1")).ToList();
        SearchResults.Next = Results("capacity-building gender", items, total: 45, scope: SearchScopeNames.Document);

        var page = RenderAt("capacity-building gender", scope: "document");

        Assert.Equal(SearchScope.Document, Assert.Single(SearchResults.Requests).Scope);
        var note = page.Find(".np-search-page__scope");
        Assert.Contains("anywhere in the same document", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=capacity-building%20gender", note.QuerySelector("a")!.GetAttribute("href"));
        var box = page.Find(".np-search__scope input[type=checkbox]");
        Assert.Equal("scope", box.GetAttribute("name"));
        Assert.Equal("document", box.GetAttribute("value"));
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("/search?q=capacity-building%20gender&page=2&scope=document", page.Find("nav.np-pager a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void Filters_AreChipsThatEachRemoveOnlyThemselves_KeepingTheScope()
    {
        SearchResults.Next = Results("cyber 1.6 kind:report kind:ga-resolution year:2020.. lang:fr", [Work("A/RES/73/27")], scope: SearchScopeNames.Document);

        var page = RenderAt("cyber 1.6 kind:report kind:ga-resolution year:2020.. lang:fr", scope: "document");

        var chips = page.FindAll(".np-filter-chip");
        Assert.Equal(["kind:report", "kind:ga-resolution", "year:2020..", "lang:fr"], chips.Select(c => c.QuerySelector("code")!.TextContent));
        var removeYear = chips[2].QuerySelector("a.np-filter-chip__remove")!;
        Assert.Equal("Remove the filter year:2020..", removeYear.GetAttribute("aria-label"));
        Assert.Equal(
            SearchUrls.For("cyber 1.6 kind:report kind:ga-resolution lang:fr", scope: SearchScopeNames.Document),
            removeYear.GetAttribute("href"));
        Assert.Equal(
            SearchUrls.For("cyber 1.6 kind:ga-resolution year:2020.. lang:fr", scope: SearchScopeNames.Document),
            chips[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Results_OfferCsvAndJsonExportsOfTheSameSearch()
    {
        SearchResults.Next = Results("capacity-building gender year:2020..", [Work("A/RES/75/240")], scope: SearchScopeNames.Document);

        var page = RenderAt("capacity-building gender year:2020..", scope: "document");

        var links = page.FindAll(".np-search-page__export a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
        [
            "/api/v1/search/export?q=capacity-building%20gender%20year%3A2020..&format=csv&scope=document",
            "/api/v1/search/export?q=capacity-building%20gender%20year%3A2020..&format=json&scope=document",
        ], links);
    }

    [Fact]
    public void NoFilters_ShowNoChips()
    {
        SearchResults.Next = Results("cyber", [Work("A/RES/73/27")]);

        var page = RenderAt("cyber");

        Assert.Empty(page.FindAll(".np-filter-chips"));
    }

    [Fact]
    public void Facets_AreLinksThatAddTheirFilterToTheQuery_AndAnAppliedOneIsNoLink()
    {
        var facets = new SearchFacetsDto(
            [new FacetValueDto("report", "Report", 3, "kind:report"), new FacetValueDto("ga-resolution", "General Assembly resolution", 9, "kind:ga-resolution")],
            [], [], [new FacetValueDto("fr", "French", 2, "lang:fr")], []);
        SearchResults.Next = Results("cyber kind:ga-resolution", [Work("A/RES/73/27")], facets: facets);

        var page = RenderAt("cyber kind:ga-resolution");

        var links = page.FindAll(".np-facets a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=cyber%20kind%3Aga-resolution%20kind%3Areport", links);
        Assert.Contains("/search?q=cyber%20kind%3Aga-resolution%20lang%3Afr", links);
        Assert.Equal(2, links.Count);
        Assert.Contains("General Assembly resolution", page.Find(".np-facet__value--applied").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_LinksOtherPagesByAddress_AndAsksForThePageInTheUrl()
    {
        var items = Enumerable.Range(1, 20).Select(i => Work($"A/RES/{i}/1")).ToList();
        SearchResults.Next = Results("security", items, total: 95, page: 3);

        var page = RenderAt("security", "3");

        Assert.Equal(3, Assert.Single(SearchResults.Requests).Page);
        var pager = page.Find("nav.np-pager");
        Assert.Equal("/search?q=security&page=2", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/search?q=security&page=4", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("3", pager.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal("/search?q=security", pager.QuerySelector("a[aria-label='Page 1']")!.GetAttribute("href"));
        Assert.Equal("41", page.Find("ol.np-results").GetAttribute("start"));
        Assert.Contains("page 3 of 5", page.Find(".np-search-page__summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void APagePastTheLast_SaysSo_AndLinksTheLastPage()
    {
        SearchResults.Next = Results("security", [], total: 25, page: 500);

        var page = RenderAt("security", "500");

        Assert.DoesNotContain("page 500 of 2", page.Markup, StringComparison.Ordinal);
        var pastEnd = page.Find("[data-testid=search-past-end]");
        Assert.Contains("the results end on page 2", pastEnd.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=security&page=2", pastEnd.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/search?q=security&page=2", page.Find("nav.np-pager a[rel=prev]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-4")]
    [InlineData("99999999999999")]
    public void MalformedPage_AsksForAPageWithinRange(string pageText)
    {
        SearchResults.Next = Results("security", [Work("A/RES/73/27")]);

        RenderAt("security", pageText);

        Assert.InRange(Assert.Single(SearchResults.Requests).Page, 1, NormsPortal.Web.Api.Paging.MaxPage);
    }

    [Fact]
    public void SearchBox_OnThePage_ShowsTheQuery()
    {
        SearchResults.Next = Results("sovereignty", [Work("A/RES/73/27")]);

        var page = RenderAt("sovereignty");

        Assert.Equal("sovereignty", page.Find("#page-search").GetAttribute("value"));
    }

    [Fact]
    public void Help_ExplainsTheLanguageWithExamplesThatAreSearchLinks()
    {
        var page = Render<SearchHelp>();

        Assert.Equal("How to search", page.Find("h1").TextContent.Trim());
        var examples = page.FindAll("dt a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=ICT%20OR%20cyber", examples);
        Assert.Contains("/search?q=confidence%20year%3A2015..2018", examples);
        Assert.Contains("/search?q=supply%20-chain", examples);
        Assert.Contains("/search?q=capacity-building%20year%3A2020..", examples);
        Assert.Contains("/search?q=cyber%20AND%20security", examples);
        Assert.Contains("/search?q=capacity-building%20gender&scope=document", page.FindAll("#help-scope ~ p a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/search?q=sovereign%2A", examples);
        Assert.All(new[] { "kind:", "track:", "year:", "session:", "lang:", "norm:", "symbol:" },
            filter => Assert.Contains(filter, page.Markup, StringComparison.Ordinal));
    }
}
