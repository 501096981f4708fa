using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>The search endpoint in the OpenAPI document, and its filters given as parameters of their own.</summary>
public sealed class SearchApiDocumentTests(CorpusFixture fixture)
{
    [Theory, DatabaseData]
    public async Task OpenApiDocument_DescribesTheSearchAndItsParameters(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var document = await corpus.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var search = document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", parameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("page", parameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("lang", parameters, StringComparer.OrdinalIgnoreCase);
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Theory, DatabaseData]
    public async Task FilterParameters_AreFiltersOfTheQuery(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var results = await corpus.Client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=s%C3%A9curit%C3%A9&lang=fr&pageSize=5", TestContext.Current.CancellationToken);

        Assert.Equal("sécurité lang:fr", results.GetProperty("query").GetString());
        Assert.Equal(5, results.GetProperty("pageSize").GetInt32());
        Assert.All(
            results.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("paragraphs").EnumerateArray()),
            p => Assert.Equal("fr", p.GetProperty("language").GetString()));
    }
}
