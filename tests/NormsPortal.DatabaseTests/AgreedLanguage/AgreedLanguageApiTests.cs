using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.DatabaseTests.Web;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// <c>GET</c> and <c>POST /api/v1/agreed-language</c> over the shipped corpus, on both providers: the answer's
/// shape, bad input as 400 ProblemDetails, and both operations in the OpenAPI document.
/// </summary>
public sealed class AgreedLanguageApiTests(CorpusFixture fixture)
{
    // 78/16 pp4 repeats 76/19 pp6 and 77/37 pp5 word for word.
    private const string Passage = "Expressing concern also about malicious information and communications technology activities aimed at critical infrastructure";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task HeldParagraph_ListsEveryReuseInDateOrder_WithTheEarliestAndCounts(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var answer = await corpus.Client.GetJsonAsync("/api/v1/agreed-language?symbol=a/res/78/16&anchor=pp4");

        Assert.Equal("en", answer.GetProperty("language").GetString());
        Assert.StartsWith(Passage, answer.GetProperty("passage").GetString(), StringComparison.Ordinal);
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [("A/RES/76/19", "pp6", "2021-12-06"), ("A/RES/77/37", "pp5", "2022-12-07")],
            items.Select(i => (i.GetProperty("symbol").GetString(), i.GetProperty("anchor").GetString(), i.GetProperty("date").GetString())));
        var first = items[0];
        Assert.Equal(1.0, first.GetProperty("similarity").GetDouble());
        Assert.True(first.GetProperty("verbatim").GetBoolean());
        var run = Assert.Single(first.GetProperty("differences").EnumerateArray());
        Assert.Equal("same", run.GetProperty("kind").GetString());
        Assert.Equal(first.GetProperty("text").GetString(), run.GetProperty("text").GetString());
        Assert.Equal("/documents/A/RES/76/19#pp6", first.GetProperty("url").GetString());
        Assert.Equal("preambular paragraph 6", first.GetProperty("anchorLabel").GetString());
        Assert.Equal("developments", first.GetProperty("track").GetProperty("key").GetString());
        Assert.Equal(2021, first.GetProperty("year").GetInt32());
        Assert.Equal("ga-resolution", first.GetProperty("kind").GetString());
        Assert.Equal("A/RES/76/19", answer.GetProperty("earliest").GetProperty("symbol").GetString());
        Assert.Equal(3, answer.GetProperty("counts").GetProperty("texts").GetInt32());
        Assert.Equal(3, answer.GetProperty("counts").GetProperty("sessions").GetInt32());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("segments").ValueKind);
    }

    [Theory, DatabaseData]
    public async Task QuotedPassage_InFrench_IsLookedUpInFrench(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var paragraph = await corpus.Client.GetJsonAsync("/api/v1/agreed-language?symbol=A/RES/78/16&anchor=pp4&lang=fr");
        var words = paragraph.GetProperty("passage").GetString()!.Split(' ');
        var quote = string.Join(' ', words.Take(12));

        var answer = await corpus.Client.GetJsonAsync($"/api/v1/agreed-language?symbol=A/RES/78/16&anchor=pp4&lang=fr&quote={Uri.EscapeDataString(quote)}");

        Assert.Equal(quote, answer.GetProperty("passage").GetString());
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("url").GetString() == "/documents/A/RES/76/19?lang=fr#pp6");
        Assert.All(items, i => Assert.Contains("lang=fr", i.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task PastedText_MarksItsAgreedAndItsNewWording(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        const string New = "calls for a tribunal of cyber peace to be convened every leap year by lot.";

        using var response = await corpus.Client.PostAsJsonAsync(
            new Uri("/api/v1/agreed-language", UriKind.Relative), new { text = Passage + ", and " + New, lang = "en" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var segments = answer.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(Passage + ", and " + New, string.Concat(segments.Select(s => s.GetProperty("text").GetString())));
        var agreed = segments[0];
        Assert.True(agreed.GetProperty("agreed").GetBoolean());
        Assert.StartsWith(Passage, agreed.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("A/RES/76/19", agreed.GetProperty("earliestSource").GetProperty("symbol").GetString());
        Assert.Equal(3, agreed.GetProperty("reuseCount").GetInt32());
        var fresh = segments[^1];
        Assert.False(fresh.GetProperty("agreed").GetBoolean());
        Assert.EndsWith(New, fresh.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, fresh.GetProperty("reuseCount").GetInt32());
        Assert.Contains(answer.GetProperty("items").EnumerateArray(), i => i.GetProperty("symbol").GetString() == "A/RES/76/19");
    }

    [Theory, DatabaseData]
    public async Task BadInput_Is400ProblemDetails_SayingWhatIsWrong(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        string[] gets =
        [
            "",
            "?symbol=A/RES/78/16",
            "?symbol=A/RES/99/999&anchor=pp1",
            "?symbol=A%00/RES&anchor=pp1",
            "?symbol=A/RES/78/16&anchor=pp99",
            "?symbol=A/RES/78/16&anchor=pp4&lang=de",
            "?symbol=A/RES/78/16&anchor=pp4&quote=too%20short",
            $"?symbol=A/RES/78/16&anchor=pp4&quote={new string('a', 5_001)}",
        ];
        foreach (var query in gets)
        {
            using var response = await corpus.Client.GetAsync(new Uri("/api/v1/agreed-language" + query, UriKind.Relative), Cancel);
            await AssertProblemAsync(response, query);
        }

        object[] posts =
        [
            new { text = "", lang = "en" },
            new { text = "Too short to say.", lang = "en" },
            new { text = Passage, lang = "de" },
            new { text = string.Join(' ', Enumerable.Repeat(Passage, 60)), lang = "en" },
        ];
        foreach (var body in posts)
        {
            using var response = await corpus.Client.PostAsJsonAsync(new Uri("/api/v1/agreed-language", UriKind.Relative), body, Cancel);
            await AssertProblemAsync(response, JsonSerializer.Serialize(body)[..Math.Min(80, JsonSerializer.Serialize(body).Length)]);
        }

        using var malformed = await corpus.Client.PostAsync(
            new Uri("/api/v1/agreed-language", UriKind.Relative), new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task BothOperations_AreInTheOpenApiDocument_WithTheir400(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var path = (await corpus.Client.GetJsonAsync("/openapi/v1.json")).GetProperty("paths").GetProperty("/api/v1/agreed-language");

        foreach (var method in new[] { "get", "post" })
        {
            var responses = path.GetProperty(method).GetProperty("responses");
            Assert.True(responses.TryGetProperty("200", out _), $"{method} documents no 200.");
            Assert.True(responses.TryGetProperty("400", out _), $"{method} documents no 400.");
        }

        Assert.Contains(path.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "quote");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string request)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{request} answered {(int)response.StatusCode}.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"{request}: no detail.");
    }
}
