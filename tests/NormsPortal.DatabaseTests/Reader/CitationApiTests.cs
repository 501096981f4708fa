using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary><c>GET /api/v1/documents/{symbol}/citation</c> over the shipped corpus, on both providers.</summary>
public sealed class CitationApiTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Paragraph_InEveryStyle_WithPermalinkAndDownloads(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var citation = await GetJsonAsync(corpus.Client, "/api/v1/documents/A/RES/73/27/citation?anchor=op1.6");

        Assert.Equal("A/RES/73/27", citation.GetProperty("symbol").GetString());
        Assert.Equal("op1.6", citation.GetProperty("anchor").GetString());
        Assert.Equal("A/RES/73/27, para. 1.6", citation.GetProperty("un").GetString());
        Assert.Equal("G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", citation.GetProperty("bluebook").GetString());
        Assert.Equal("UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6", citation.GetProperty("oscola").GetString());
        Assert.Equal("http://localhost/documents/A/RES/73/27#op1.6", citation.GetProperty("permalink").GetString());
        Assert.Equal(
            ["/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&format=csl-json",
             "/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&format=bibtex",
             "/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&format=ris"],
            citation.GetProperty("downloads").EnumerateArray().Select(d => d.GetProperty("url").GetString()));
    }

    [Theory, DatabaseData]
    public async Task PreambularParagraph_OfTheHeldText_IsNamedByPosition(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var text = await GetTextAsync(corpus.Client, "/api/v1/documents/A/RES/73/27/citation?anchor=pp3&format=un");

        Assert.Equal("resolution 73/27, third preambular paragraph", text);
    }

    [Theory, DatabaseData]
    public async Task ReportWithoutText_IsCitedAtAGrammaticalAnchor(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        Assert.Equal("A/70/174, para. 13 (f)", await GetTextAsync(corpus.Client, "/api/v1/documents/A/70/174/citation?anchor=op13f&format=un"));
        Assert.Equal(
            "Rep. of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, ¶ 13(f), U.N. Doc. A/70/174 (July 22, 2015)",
            await GetTextAsync(corpus.Client, "/api/v1/documents/A/70/174/citation?anchor=op13f&format=bluebook"));
    }

    [Theory, DatabaseData]
    public async Task WholeWork_WithASpaceInItsSymbol(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var citation = await GetJsonAsync(corpus.Client, "/api/v1/documents/A/RES/43/78%20H/citation");

        Assert.Equal("A/RES/43/78 H", citation.GetProperty("un").GetString());
        Assert.Equal("UNGA Res 43/78 H (7 December 1988) UN Doc A/RES/43/78 H", citation.GetProperty("oscola").GetString());
        Assert.Equal(JsonValueKind.Null, citation.GetProperty("anchor").ValueKind);
    }

    [Theory, DatabaseData]
    public async Task Downloads_HaveTheirContentTypeAndFileName(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        foreach (var (format, mediaType, fileName, start) in new[]
        {
            ("csl-json", "application/vnd.citationstyles.csl+json", "A_RES_73_27-op1.6.json", "["),
            ("bibtex", "application/x-bibtex", "A_RES_73_27-op1.6.bib", "@misc{A-RES-73-27_op1.6,"),
            ("ris", "application/x-research-info-systems", "A_RES_73_27-op1.6.ris", "TY  - LEGAL\r\n"),
        })
        {
            using var response = await corpus.Client.GetAsync(new Uri($"/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&format={format}", UriKind.Relative), Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.StartsWith(start, body, StringComparison.Ordinal);
            Assert.Contains("http://localhost/documents/A/RES/73/27#op1.6", body, StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseData]
    public async Task CslJson_IsValidJsonWithTheWorksFacts(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/api/v1/documents/A/RES/73/27/citation?format=csl-json", UriKind.Relative), Cancel);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        var item = Assert.Single(items.EnumerateArray());
        Assert.Equal("legislation", item.GetProperty("type").GetString());
        Assert.Equal("Developments in the field of information and telecommunications in the context of international security", item.GetProperty("title").GetString());
        Assert.Equal([2018, 12, 5], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("United Nations General Assembly", item.GetProperty("publisher").GetString());
    }

    [Theory, DatabaseData]
    public async Task TheDocumentRoute_StillAnswersForTheWorkItself(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var document = await GetJsonAsync(corpus.Client, "/api/v1/documents/A/RES/73/27");

        Assert.Equal("A/RES/73/27", document.GetProperty("symbol").GetString());
    }

    [Theory, DatabaseData]
    public async Task BadRequests_AreProblemDetails(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        await AssertProblemAsync(corpus.Client, "/api/v1/documents/A/RES/73/27/citation?format=apa", HttpStatusCode.BadRequest, "apa");
        await AssertProblemAsync(corpus.Client, "/api/v1/documents/A/RES/73/27/citation?anchor=op99", HttpStatusCode.BadRequest, "op99");
        await AssertProblemAsync(corpus.Client, "/api/v1/documents/A/70/174/citation?anchor=para13", HttpStatusCode.BadRequest, "para13");
        await AssertProblemAsync(corpus.Client, "/api/v1/documents/A/RES/99/999/citation?anchor=op1", HttpStatusCode.NotFound, "A/RES/99/999");
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static async Task<string> GetTextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task AssertProblemAsync(HttpClient client, string path, HttpStatusCode status, string detailMentions)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(detailMentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
