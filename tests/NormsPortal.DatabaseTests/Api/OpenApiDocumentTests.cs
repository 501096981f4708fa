using System.Net;
using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Api;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>The OpenAPI document is one a code generator can use, and the reference page built on it belongs to the portal.</summary>
public sealed class OpenApiDocumentTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Document_NamesNoServerAddress(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/openapi/v1.json");

        Assert.False(document.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0, $"The document names servers: {servers}");
    }

    [Theory, DatabaseData]
    public async Task EveryOperation_DocumentsItsSuccess_AndTheLookupsTheir400And404AsProblemDetails(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var paths = (await api.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        // Every verb: the library's writes (POST, PUT, DELETE under /api/v1/me) too.
        foreach (var (path, verb, operation) in paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete").Select(o => (p.Name, o.Name, o.Value))))
        {
            var responses = operation.GetProperty("responses");
            Assert.True(responses.EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{verb} {path} documents no success.");
            // Whatever reads by a query parameter can be given a bad one; Identity's own API (/api/v1/auth) answers as the framework made it.
            var readsQuery = verb == "get" && !path.StartsWith("/api/v1/auth/", StringComparison.Ordinal) && operation.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "query");
            Assert.True(!readsQuery || responses.TryGetProperty("400", out _), $"{path} reads query parameters and documents no 400.");
        }

        foreach (var (path, statuses) in new (string, string[])[]
        {
            ("/api/v1/documents", ["400"]),
            ("/api/v1/norms", ["400"]),
            ("/api/v1/states", ["400"]),
            ("/api/v1/states/{code}", ["400", "404"]),
            ("/api/v1/citation", ["400", "404"]),
            ("/api/v1/documents/{symbol}", ["400", "404"]),
            ("/api/v1/norms/{number}", ["404"]),
            ("/api/v1/norms/{number}/lineage", ["400", "404"]),
            ("/api/v1/search", ["400"]),
        })
        {
            var responses = paths.GetProperty(path).GetProperty("get").GetProperty("responses");
            foreach (var status in statuses)
            {
                Assert.True(responses.TryGetProperty(status, out var response), $"{path} documents no {status}.");
                Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {status} is not ProblemDetails.");
            }
        }
    }

    [Theory, DatabaseData]
    public async Task Routes_AreRealRoutes_WithoutRegexCatchAlls(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var paths = (await api.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.Contains("{path}", StringComparison.Ordinal));
        Assert.True(paths.TryGetProperty("/api/v1/citation", out _));
    }

    [Theory, DatabaseData]
    public async Task APercentEncodedSymbol_WorksOnEveryRoute_AndTheOlderCitationAddressStillAnswers(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/api/v1/documents/A%2FRES%2F73%2F27");
        var byQuery = await api.GetJsonAsync("/api/v1/citation?symbol=A%2FRES%2F73%2F27&anchor=op1.6");
        var older = await api.GetJsonAsync("/api/v1/documents/A%2FRES%2F73%2F27/citation?anchor=op1.6");
        var olderAsWritten = await api.GetJsonAsync("/api/v1/documents/A/RES/73/27/citation?anchor=op1.6");

        Assert.Equal("A/RES/73/27", document.GetProperty("symbol").GetString());
        Assert.Equal(byQuery.GetRawText(), older.GetRawText());
        Assert.Equal(byQuery.GetRawText(), olderAsWritten.GetRawText());
    }

    [Theory, DatabaseData]
    public async Task Integers_AreTypedAsIntegers(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var schemas = (await api.GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        var page = schemas.GetProperty("ListPageOfDocumentSummaryDto").GetProperty("properties");
        Assert.Equal("integer", page.GetProperty("total").GetProperty("type").GetString());
        Assert.Equal("integer", page.GetProperty("page").GetProperty("type").GetString());
        Assert.DoesNotContain("\"pattern\"", schemas.GetRawText(), StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task EveryList_TypesItsPagingAsIntegersInTheSharedRange_AndItsEnvelopeTheSameWay(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        foreach (var (path, envelope) in new[]
        {
            ("/api/v1/documents", "ListPageOfDocumentSummaryDto"),
            ("/api/v1/norms", "ListPageOfNormDto"),
            ("/api/v1/states", "ListPageOfStateSummaryDto"),
            ("/api/v1/search", "SearchResultsDto"),
        })
        {
            var parameters = Parameters(paths, path);
            foreach (var (name, maximum) in new[] { ("page", Paging.MaxPage), ("pageSize", Paging.MaxPageSize) })
            {
                var schema = parameters[name].GetProperty("schema");
                Assert.Equal("integer", schema.GetProperty("type").GetString());
                Assert.Equal((1, maximum), (schema.GetProperty("minimum").GetInt32(), schema.GetProperty("maximum").GetInt32()));
            }

            var properties = schemas.GetProperty(envelope).GetProperty("properties");
            foreach (var property in new[] { "items", "total", "page", "pageSize", "next", "previous" })
            {
                Assert.True(properties.TryGetProperty(property, out _), $"{envelope} of {path} has no {property}.");
            }
        }
    }

    [Theory, DatabaseData]
    public async Task KindsLanguagesAndStages_AreStringEnums_OfTheOneVocabulary(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.Equal(WorkKindNames.All, Enum(Parameters(paths, "/api/v1/documents")["kind"].GetProperty("schema")));
        Assert.Equal(Languages.Official, Enum(Parameters(paths, "/api/v1/documents")["language"].GetProperty("schema")));
        Assert.Equal(WorkKindNames.All, Enum(Parameters(paths, "/api/v1/search")["kind"].GetProperty("schema")));
        Assert.Equal(Languages.Official, Enum(Parameters(paths, "/api/v1/search")["lang"].GetProperty("schema")));
        Assert.Equal(Languages.Official, Enum(Parameters(paths, "/api/v1/documents/{symbol}")["lang"].GetProperty("schema")));
        Assert.Equal(WorkKindNames.All, Enum(schemas.GetProperty("DocumentSummaryDto").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(System.Enum.GetNames<VoteStage>(), Enum(schemas.GetProperty("VoteDto").GetProperty("properties").GetProperty("stage")));
    }

    private static Dictionary<string, JsonElement> Parameters(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, StringComparer.Ordinal);

    private static string[] Enum(JsonElement schema)
    {
        Assert.Equal("string", schema.GetProperty("type").GetString());
        return [.. schema.GetProperty("enum").EnumerateArray().Select(value => value.GetString()!)];
    }

    [Theory, DatabaseData]
    public async Task ReferencePage_LinksBackToThePortal_AndHidesTheVendorsClientAndAgent(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var response = await api.Client.GetAsync(new Uri("/scalar", UriKind.Relative), Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"/\">", html, StringComparison.Ordinal);
        Assert.Contains("hideClientButton", html, StringComparison.Ordinal);
    }
}
