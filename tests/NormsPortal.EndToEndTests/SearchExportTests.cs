using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>A researcher's search with the words anywhere in one document, exported as CSV and JSON from the results page.</summary>
public sealed partial class SearchExportTests(PortalFixture portal)
{
    private const string Query = "capacity-building gender year:2020..";

    [GeneratedRegex(@"[?&]scope=document(&|$)")]
    private static partial Regex DocumentScope();

    [Fact]
    public async Task SameDocumentSearch_Since2020_ExportsTheResultsShown_AsCsvAndJson()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());
        await search.GotoAsync(SearchPage.Path);
        await search.WaitUntilInteractiveAsync();

        await search.PageSearch.FillAsync(Query);
        await search.Page.GetByLabel("Find the words anywhere in the same document").CheckAsync();
        await search.PageSearch.PressAsync("Enter");

        await Expect(search.Page).ToHaveURLAsync(DocumentScope());
        await Expect(search.State).ToHaveAttributeAsync("data-state", "results");
        var shown = await search.Results.CountAsync();
        Assert.True(shown > 0, "The search found nothing to export.");

        var csv = await DownloadAsync(search, "CSV");
        var rows = csv.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("Symbol,Kind,Title,Date,Url,MatchedParagraphs", rows[0]);
        Assert.True(rows.Length - 1 >= shown, $"The CSV holds {rows.Length - 1} works, the page shows {shown}.");

        using var json = JsonDocument.Parse(await DownloadAsync(search, "JSON"));
        var results = json.RootElement;
        Assert.Equal("document", results.GetProperty("scope").GetString());
        var items = results.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(results.GetProperty("total").GetInt32(), items.Count);
        Assert.Equal(rows.Length - 1, items.Count);
        Assert.All(items, item => Assert.True(
            DateOnly.ParseExact(item.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).Year >= 2020,
            item.GetProperty("symbol").GetString() + " is older than 2020"));
    }

    private static async Task<string> DownloadAsync(SearchPage search, string format)
    {
        var download = await search.Page.RunAndWaitForDownloadAsync(() =>
            search.Page.GetByRole(AriaRole.Link, new() { Name = format, Exact = true }).ClickAsync());
        return await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
    }
}
