using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>Whatever a script sends, the API answers with a ProblemDetails that says what is wrong, or with data: never a 500 or an empty body.</summary>
public sealed class ApiBadInputTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Document_WithControlCharactersOrAbsurdSymbols_Is400ProblemDetailsWithAMessage(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        // %00 itself never reaches the portal: the server refuses a path holding it (400) before any middleware runs.
        foreach (var symbol in new[] { "%01%02", "%7F", "A/RES/73/27%0A", "%E2%80%8B", "%EF%BF%BF", new string('A', 600) })
        {
            foreach (var path in new[] { $"/api/v1/documents/{symbol}", $"/api/v1/documents/{symbol}/citation" })
            {
                using var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}.");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
                Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"{path} has no detail.");
            }
        }
    }

    [Theory, DatabaseData]
    public async Task Lists_APagePastTheEnd_IsAnEmpty200(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var documents = await api.GetJsonAsync("/api/v1/documents?page=500");
        var search = await api.GetJsonAsync("/api/v1/search?q=infrastructure&page=500");

        Assert.Equal(0, documents.GetProperty("items").GetArrayLength());
        Assert.True(documents.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, search.GetProperty("items").GetArrayLength());
        Assert.True(search.GetProperty("total").GetInt32() > 0);
    }
}
