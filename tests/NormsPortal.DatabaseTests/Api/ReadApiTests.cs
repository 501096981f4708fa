using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>The read API over a small database, on both providers; the tests only read, so they share it.</summary>
public sealed class ReadApiTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Norm_ByNumber_HasTheTextOfItsParagraphAndItsCounterpart(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var norm = await api.GetJsonAsync("/api/v1/norms/1.6");

        Assert.Equal("1.6", norm.GetProperty("number").GetString());
        Assert.Equal("Do not damage critical infrastructure", norm.GetProperty("label").GetString());
        Assert.StartsWith("A State should not conduct or knowingly support ICT activity", norm.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("/documents/A/RES/73/27#op1.6", norm.GetProperty("statement").GetProperty("url").GetString());
        var counterpart = Assert.Single(norm.GetProperty("counterparts").EnumerateArray());
        Assert.Equal("A/70/174, para. 13 (f)", counterpart.GetProperty("citation").GetString());
        Assert.False(counterpart.GetProperty("verified").GetBoolean());
    }

    [Theory, DatabaseData]
    public async Task Norm_Unknown_Is404ProblemDetails(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var response = await api.Client.GetAsync(new Uri("/api/v1/norms/9.9", UriKind.Relative), Cancel);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "9.9");
    }

    [Theory, DatabaseData]
    public async Task NormLineage_ByNumber_IsTheNormsTextThenItsStepsInDateOrder(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var lineage = await api.GetJsonAsync("/api/v1/norms/1.6/lineage");

        Assert.StartsWith("A State should not conduct", lineage.GetProperty("text").GetString(), StringComparison.Ordinal);
        var steps = lineage.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(
            [("A/70/174", "not-held", "curated"), ("A/RES/73/27", "new", "curated")],
            steps.Take(2).Select(s => (s.GetProperty("symbol").GetString(), s.GetProperty("wording").GetString(), s.GetProperty("origin").GetString())));
        Assert.Equal("2018-12-05", steps[1].GetProperty("date").GetString());
    }

    [Theory, DatabaseData]
    public async Task NormLineage_MalformedNumberIs400_UnknownIs404(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var malformed = await api.Client.GetAsync(new Uri("/api/v1/norms/six/lineage", UriKind.Relative), Cancel);
        using var unknown = await api.Client.GetAsync(new Uri("/api/v1/norms/9.9/lineage", UriKind.Relative), Cancel);

        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "'six' is not a norm number");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "9.9");
    }

    [Theory, DatabaseData]
    public async Task Document_BySymbolWithSlashes_HasFactsTextVotesSponsorsAndTracks(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/api/v1/documents/A/RES/73/27");

        Assert.Equal("A/RES/73/27", document.GetProperty("symbol").GetString());
        Assert.Equal("ga-resolution", document.GetProperty("kind").GetString());
        Assert.Equal(["zh", "en"], document.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var agendaItem = document.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("key").GetString() == FactKeys.AgendaItem);
        Assert.False(agendaItem.GetProperty("verified").GetBoolean());
        var text = document.GetProperty("text");
        Assert.Equal("A/C.1/73/L.27/Rev.1", text.GetProperty("textOf").GetString());
        Assert.Equal(["pp1", "op1", "op1.6"], text.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("anchor").GetString()));
        Assert.Equal("op1", text.GetProperty("provisions")[2].GetProperty("parentAnchor").GetString());
        Assert.Equal("fn2", Assert.Single(text.GetProperty("footnotes").EnumerateArray()).GetProperty("anchor").GetString());
        var reference = Assert.Single(text.GetProperty("provisions")[0].GetProperty("references").EnumerateArray());
        Assert.Equal(("A/RES/36/103", true), (reference.GetProperty("targetSymbol").GetString(), reference.GetProperty("held").GetBoolean()));
        var plenary = document.GetProperty("votes").EnumerateArray().Single(v => v.GetProperty("stage").GetString() == "Plenary");
        Assert.Equal(119, plenary.GetProperty("yes").GetInt32());
        Assert.Equal(2, plenary.GetProperty("countries").GetArrayLength());
        Assert.Equal(2, document.GetProperty("sponsors").GetArrayLength());
        var track = Assert.Single(document.GetProperty("tracks").EnumerateArray());
        Assert.Equal(("developments", "A/RES/71/28"), (track.GetProperty("key").GetString(), track.GetProperty("predecessor").GetString()));
        Assert.Equal(["A/RES/36/103"], document.GetProperty("cites").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory, DatabaseData]
    public async Task Document_InAnotherLanguage_HasThatText(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/api/v1/documents/A/RES/73/27?lang=zh");

        var text = document.GetProperty("text");
        Assert.Equal("zh", text.GetProperty("language").GetString());
        Assert.Equal("回顾其关于信息安全的各项决议，", Assert.Single(text.GetProperty("provisions").EnumerateArray()).GetProperty("text").GetString());
    }

    [Theory, DatabaseData]
    public async Task Document_WithSpaceInSymbol_IsFoundAndListsWhatCitesIt(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/api/v1/documents/A/RES/36/103");

        var citing = Assert.Single(document.GetProperty("citedBy").EnumerateArray());
        Assert.Equal(("A/RES/73/27", "pp1"), (citing.GetProperty("symbol").GetString(), citing.GetProperty("anchor").GetString()));
        Assert.Null(document.GetProperty("text").GetString());

        var part = await api.GetJsonAsync("/api/v1/documents/A/RES/43/78%20H");
        Assert.Equal("A/RES/43/78 H", part.GetProperty("symbol").GetString());
    }

    [Theory, DatabaseData]
    public async Task Document_UnknownSymbolOrLanguage_IsProblemDetails(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        using var unknown = await api.Client.GetAsync(new Uri("/api/v1/documents/A/RES/99/999", UriKind.Relative), Cancel);
        using var notHeld = await api.Client.GetAsync(new Uri("/api/v1/documents/A/RES/73/27?lang=ru", UriKind.Relative), Cancel);
        using var invalid = await api.Client.GetAsync(new Uri("/api/v1/documents/A/RES/73/27?lang=xx", UriKind.Relative), Cancel);

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "A/RES/99/999");
        await AssertProblemAsync(notHeld, HttpStatusCode.NotFound, "en");
        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest, "'xx'");
    }

    [Theory, DatabaseData]
    public async Task DocumentList_FiltersAndPages(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var all = await api.GetJsonAsync("/api/v1/documents?pageSize=2");
        var reports = await api.GetJsonAsync("/api/v1/documents?kind=report");
        var withText = await api.GetJsonAsync("/api/v1/documents?hasText=true&language=zh");
        var inTrack = await api.GetJsonAsync("/api/v1/documents?track=developments&yearFrom=2018&yearTo=2018");
        var bySession = await api.GetJsonAsync("/api/v1/documents?session=36");
        var byBody = await api.GetJsonAsync("/api/v1/documents?body=General%20Assembly");

        Assert.Equal(4, all.GetProperty("total").GetInt32());
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.Equal("items", all.EnumerateObject().First().Name);
        Assert.Equal(["A/70/174"], reports.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        Assert.Equal(["A/RES/73/27"], withText.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        Assert.Equal(["A/RES/73/27"], inTrack.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        Assert.Equal(["A/RES/36/103"], bySession.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        Assert.Equal(["A/RES/73/27"], byBody.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
        var report = reports.GetProperty("items")[0];
        Assert.Equal(("Report of the Group (unconfirmed)", false), (report.GetProperty("title").GetString(), report.GetProperty("titleVerified").GetBoolean()));
    }

    [Theory, DatabaseData]
    public async Task DocumentList_BadParameters_Are400ProblemDetails(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        foreach (var (query, mentions) in new[]
        {
            ("pageSize=201", "pageSize"),
            ("page=0", "page"),
            ("kind=poem", "poem"),
            ("yearFrom=2019&yearTo=2018", "yearFrom"),
            ("session=seventy", "seventy"),
            ("hasText=maybe", "maybe"),
            ("sort=random", "random"),
            ("language=klingon", "klingon"),
        })
        {
            using var response = await api.Client.GetAsync(new Uri("/api/v1/documents?" + query, UriKind.Relative), Cancel);
            await AssertProblemAsync(response, HttpStatusCode.BadRequest, mentions);
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailMentions)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailMentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
