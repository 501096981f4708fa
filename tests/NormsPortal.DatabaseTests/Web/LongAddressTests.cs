using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// A search address longer than Kestrel's default request line (8 KB) is answered by the portal, not
/// refused with a blank 414. Only the real server has that limit, so the portal runs as a process here
/// (on SQLite: the limit is the server's, the same whatever the database).
/// </summary>
public sealed class LongAddressTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>About 30 KB once percent-encoded: far past 8 KB, and what a pasted paragraph in French makes.</summary>
    private static readonly string s_longQuery = string.Join(' ', Enumerable.Repeat("développement", 1_500));

    /// <summary>
    /// The shortening happens before any query, so an empty catalogue answers it as well as a seeded one
    /// and the app starts without loading the corpus (most of a start's time).
    /// </summary>
    private static readonly Dictionary<string, string> s_withoutCorpus = new() { ["Corpus__SeedOnStartup"] = "false" };

    [Fact]
    public async Task Search_WithAnAddressPastEightKilobytes_AnswersThePageAndTheApi_SayingTheQueryWasShortened()
    {
        await using var app = await PortalAppProcess.StartAsync(s_withoutCorpus, Cancel);
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var q = Uri.EscapeDataString(s_longQuery);
        Assert.True(q.Length > 16 * 1024, "The address is not long enough to test anything.");

        using var page = await client.GetAsync(new Uri("/search?q=" + q, UriKind.Relative), Cancel);
        using var api = await client.GetAsync(new Uri("/api/v1/search?q=" + q, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The query was shortened", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var results = await api.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(results.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("The query was shortened", StringComparison.Ordinal));
    }
}
