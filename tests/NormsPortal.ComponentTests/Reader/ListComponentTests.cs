using Bunit;
using NormsPortal.Web.Api;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Components.Home;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Documents;
using NormsPortal.Web.Features.Home;

namespace NormsPortal.ComponentTests.Reader;

public sealed class ListComponentTests : PortalComponentTestBase
{
    private static DocumentSummaryDto Summary(string symbol, string? title = "A title", bool verified = true, IReadOnlyList<string>? languages = null) =>
        new(symbol, "ga-resolution", title, verified, new DateOnly(2018, 12, 5), 73, languages ?? ["en", "fr"], (languages ?? ["en"]).Count > 0, DocumentUrls.For(symbol));

    private IRenderedComponent<DocumentResults> RenderResults(ListPage<DocumentSummaryDto>? results) =>
        Render<DocumentResults>(p => p.Add(c => c.Results, results).Add(c => c.PageUrl, page => $"/documents?page={page}"));

    [Fact]
    public void Results_Loading_AndEmpty()
    {
        var loading = RenderResults(null);
        var empty = RenderResults(new ListPage<DocumentSummaryDto>([], 0, 1, 25));

        Assert.Equal("Loading documents…", loading.Find("[role=status]").TextContent.Trim());
        Assert.Contains("No documents match these filters.", empty.Find("[data-testid=documents-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_MarkUnverifiedAndMissingTitles_AndDocumentsWithoutText()
    {
        var results = RenderResults(new ListPage<DocumentSummaryDto>(
            [Summary("A/RES/73/27", "Developments", verified: false), Summary("A/70/174", title: null, languages: [])], 2, 1, 25));

        var rows = results.FindAll("[data-testid=document-row]");
        Assert.Equal("/documents/A/RES/73/27", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Unverified", rows[0].QuerySelector(".np-unverified")!.TextContent.Trim());
        Assert.Contains("Text in English, French", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("5 December 2018", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Title not recorded", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("No text held yet", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("1–2 of 2 documents", results.Find("[data-testid=documents-count]").TextContent.Trim());
        Assert.Empty(results.FindAll("[data-testid=documents-pager]"));
    }

    [Fact]
    public void Results_MiddlePage_LinksBothWays()
    {
        var results = RenderResults(new ListPage<DocumentSummaryDto>([Summary("A/RES/73/27")], 3, 2, 1));

        Assert.Equal("2–2 of 3 documents", results.Find("[data-testid=documents-count]").TextContent.Trim());
        var pager = results.Find("[data-testid=documents-pager]");
        Assert.Equal("/documents?page=1", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/documents?page=3", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Page 2 of 3", pager.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_PastTheLastPage_SaysSo_AndLinksTheLastPage()
    {
        var results = RenderResults(new ListPage<DocumentSummaryDto>([], 3, 9, 1));
        var pastOnlyPage = RenderResults(new ListPage<DocumentSummaryDto>([], 3, 9, 25));

        Assert.Contains("past the end", results.Find("[data-testid=documents-count]").TextContent, StringComparison.Ordinal);
        var pager = results.Find("[data-testid=documents-pager]");
        Assert.DoesNotContain("Page 9 of 3", pager.TextContent, StringComparison.Ordinal);
        Assert.Contains("the list ends on page 3", pager.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/documents?page=3"], pager.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/documents?page=1"], pastOnlyPage.Find("[data-testid=documents-pager]").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void TrackBriefs_Loading_Empty_AndSpans()
    {
        var loading = Render<TrackBriefs>(p => p.Add(c => c.Tracks, null));
        var empty = Render<TrackBriefs>(p => p.Add(c => c.Tracks, []));
        var tracks = Render<TrackBriefs>(p => p.Add(c => c.Tracks,
        [
            new TrackBriefDto("developments", "Developments", 27, "A/RES/53/70", 1998, "A/RES/80/16", 2025),
            new TrackBriefDto("single", "One resolution", 1, "A/RES/78/16", 2023, "A/RES/78/16", 2023),
            new TrackBriefDto("undated", "Undated", 2, "A/RES/1/1", null, "A/RES/2/2", null),
        ]));

        Assert.NotEmpty(loading.FindAll("[role=status]"));
        Assert.NotNull(empty.Find("[data-testid=tracks-empty]"));
        var facts = tracks.FindAll(".np-track-brief__facts").Select(f => f.TextContent.Trim()).ToList();
        Assert.Equal(["27 resolutions, 1998–2025: A/RES/53/70 to A/RES/80/16", "1 resolution: A/RES/78/16", "2 resolutions: A/RES/1/1 to A/RES/2/2"], facts);
    }

    [Fact]
    public void RecentWorks_Empty_AndAddedOrUpdated()
    {
        var empty = Render<RecentWorks>(p => p.Add(c => c.Works, []));
        var recent = Render<RecentWorks>(p => p.Add(c => c.Works,
        [
            new RecentWorkDto("A/RES/80/16", "ga-resolution", "Open-ended working group", new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc), true, "/documents/A/RES/80/16"),
            new RecentWorkDto("A/RES/73/27", "ga-resolution", null, new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc), false, "/documents/A/RES/73/27"),
        ]));

        Assert.NotNull(empty.Find("[data-testid=recent-empty]"));
        var items = recent.FindAll(".np-recent__item");
        Assert.Contains("Added 29 November 2026", string.Join(' ', items[0].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("Updated", items[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(items[1].QuerySelectorAll(".np-recent__title"));
    }
}
