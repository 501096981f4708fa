using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;
using NormsPortal.DatabaseTests.Api;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// An unknown <c>lang</c>, <c>with</c> or <c>kind</c> gets the same words on the pages (a notice, the page
/// still shown) as in the API (a 400 ProblemDetails, or a search warning).
/// </summary>
public sealed class UnknownValueWarningTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task UnknownLanguage_HasTheSameWordsOnTheDocumentPageAsInTheApi(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var lang = await PageTextAsync(api, "/documents/A/RES/73/27?lang=de");
        var with = await PageTextAsync(api, "/documents/A/RES/73/27?with=de");
        var problem = await ProblemDetailAsync(api, "/api/v1/documents/A/RES/73/27?lang=de");
        var listProblem = await ProblemDetailAsync(api, "/api/v1/documents?language=de");

        Assert.Equal(Languages.UnknownMessage("de"), problem);
        Assert.Equal(problem, listProblem);
        Assert.Contains(problem, lang, StringComparison.Ordinal);
        Assert.Contains(problem, with, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task UnknownKind_HasTheSameWordsOnTheListPageInTheListApiAndInSearch(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var page = await PageTextAsync(api, "/documents?kind=treaty");
        var problem = await ProblemDetailAsync(api, "/api/v1/documents?kind=treaty");
        var search = await api.GetJsonAsync("/api/v1/search?q=infrastructure&kind=treaty");

        Assert.Equal(WorkKindNames.UnknownMessage("treaty"), problem);
        Assert.Contains(problem, page, StringComparison.Ordinal);
        Assert.Contains(search.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith(problem, StringComparison.Ordinal));
    }

    private static async Task<string> PageTextAsync(ReadApiFixture.ApiUnderTest api, string path)
    {
        using var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

    private static async Task<string> ProblemDetailAsync(ReadApiFixture.ApiUnderTest api, string path)
    {
        using var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}.");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString() ?? "";
    }
}
