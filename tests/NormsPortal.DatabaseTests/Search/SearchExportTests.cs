using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;

namespace NormsPortal.DatabaseTests.Search;

/// <summary><c>GET /api/v1/search/export</c> on each provider: the search's works as CSV or as the search API's JSON.</summary>
public sealed class SearchExportTests(CorpusFixture fixture)
{
    private const string Query = "capacity-building gender year:2020..";

    [Theory, DatabaseData]
    public async Task Json_IsTheSearchApisShape_WithEveryMatchedWork(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var cancel = TestContext.Current.CancellationToken;

        using var response = await corpus.Client.GetAsync(Export("json", "&scope=document"), cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("search.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var exported = await response.Content.ReadFromJsonAsync<JsonElement>(cancel);
        var searched = await corpus.Client.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/v1/search?q={Uri.EscapeDataString(Query)}&scope=document&pageSize=100", UriKind.Relative), cancel);
        Assert.Equal("document", exported.GetProperty("scope").GetString());
        Assert.Equal(searched.GetProperty("total").GetInt32(), exported.GetProperty("items").GetArrayLength());
        Assert.Equal(
            searched.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()),
            exported.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
    }

    [Theory, DatabaseData]
    public async Task Csv_HasOneRowPerMatchedWork(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var cancel = TestContext.Current.CancellationToken;
        var searched = await corpus.SearchJsonAsync("critical infrastructure", pageSize: 100);

        using var response = await corpus.Client.GetAsync(
            new Uri("/api/v1/search/export?q=" + Uri.EscapeDataString("critical infrastructure") + "&format=csv", UriKind.Relative), cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = CsvReader.FromText(await response.Content.ReadAsStringAsync(cancel), options: null);
        Assert.Equal(["Symbol", "Kind", "Title", "Date", "Url", "MatchedParagraphs"], csv.Headers);
        var rows = new List<(string Symbol, string Url)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString("Symbol"), csv.GetString("Url")));
        }

        Assert.Equal(searched.GetProperty("total").GetInt32(), rows.Count);
        Assert.Contains(("A/RES/73/27", "/documents/A/RES/73/27"), rows);
    }

    [Theory, DatabaseData]
    public async Task UnknownFormat_Is400NamingIt(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var cancel = TestContext.Current.CancellationToken;

        foreach (var format in new[] { "xml", "" })
        {
            using var response = await corpus.Client.GetAsync(Export(format), cancel);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancel);
            Assert.Contains("format", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    private static Uri Export(string format, string extra = "") =>
        new($"/api/v1/search/export?q={Uri.EscapeDataString(Query)}&format={format}{extra}", UriKind.Relative);
}
