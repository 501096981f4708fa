using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Api;

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

    /// <summary>Every list under /api/v1, with another parameter each; all paged by the one contract of <see cref="Paging"/>.</summary>
    private static readonly string[] s_lists = ["/api/v1/documents?sort=symbol", "/api/v1/norms", "/api/v1/states", "/api/v1/search?q=infrastructure"];

    private static string With(string list, string paging) => list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + paging;

    [Theory, DatabaseData]
    public async Task Lists_APagePastTheEnd_IsAnEmpty200_WhosePreviousLinkIsTheLastPage(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        foreach (var list in s_lists)
        {
            var page = await api.GetJsonAsync(With(list, $"page={Paging.MaxPage}&pageSize=1"));

            Assert.Equal(0, page.GetProperty("items").GetArrayLength());
            var total = page.GetProperty("total").GetInt32();
            Assert.True(total > 0, $"{list} holds nothing to page.");
            Assert.Equal((Paging.MaxPage, 1), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
            Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
            Assert.Equal(With(list, $"page={total}&pageSize=1"), page.GetProperty("previous").GetString());
        }
    }

    [Theory, DatabaseData]
    public async Task Lists_LinkTheirNeighbours_KeepingTheOtherParameters_AndNoneBeyondTheEnds(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);
        const string List = "/api/v1/documents?sort=symbol";

        var first = await api.GetJsonAsync($"{List}&pageSize=1");
        var second = await api.GetJsonAsync(first.GetProperty("next").GetString()!);
        var total = first.GetProperty("total").GetInt32();
        var last = await api.GetJsonAsync($"{List}&pageSize=1&page={total}");

        Assert.True(total > 2, "The list is too short to have a middle page.");
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal($"{List}&pageSize=1&page=2", first.GetProperty("next").GetString());
        Assert.Equal((2, 1), (second.GetProperty("page").GetInt32(), second.GetProperty("items").GetArrayLength()));
        Assert.Equal($"{List}&pageSize=1&page=1", second.GetProperty("previous").GetString());
        Assert.Equal($"{List}&pageSize=1&page=3", second.GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
    }

    [Theory, DatabaseData]
    public async Task Lists_ABadPageOrPageSize_Is400ProblemDetails_StatingTheAllowedRange(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);
        var pageRange = $"page must be a whole number from 1 to {Paging.MaxPage}";
        var sizeRange = $"pageSize must be a whole number from 1 to {Paging.MaxPageSize}";

        foreach (var list in s_lists)
        {
            foreach (var (paging, range) in new[]
            {
                ("page=0", pageRange), ("page=-1", pageRange), ("page=two", pageRange), ($"page={Paging.MaxPage + 1}", pageRange),
                ("pageSize=0", sizeRange), ($"pageSize={Paging.MaxPageSize + 1}", sizeRange), ("pageSize=1.5", sizeRange),
            })
            {
                using var response = await api.Client.GetAsync(new Uri(With(list, paging), UriKind.Relative), Cancel);

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{With(list, paging)} answered {(int)response.StatusCode}.");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
                Assert.Contains(range, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }
    }
}
