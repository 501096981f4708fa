using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Vocabulary;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.Web.Api;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.DatabaseTests.States;

/// <summary>Votes by State over the shipped corpus, on both providers: every vote coded, found by common names, and the States API.</summary>
public sealed class StateVotesCorpusTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EveryCountryVote_InTheCorpus_CarriesTheIsoCodeOfAKnownState(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.Database.CreateContext();

        var votes = await db.CountryVotes.AsNoTracking().Select(c => new { c.CountryName, c.CountryCode }).Distinct().ToListAsync(Cancel);

        Assert.True(votes.Count > 190, $"Only {votes.Count} distinct names and codes.");
        Assert.All(votes, v => Assert.True(KnownStates.Find(v.CountryCode) is not null, $"'{v.CountryName}' has the code '{v.CountryCode}'."));
        Assert.All(votes, v => Assert.Equal(KnownStates.Resolve(v.CountryName)?.State.Code, v.CountryCode));
    }

    [Theory, DatabaseData]
    public async Task FilteringRussia_FindsTheRussianFederation_On73_27And75_240(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        foreach (var symbol in new[] { "A/RES/73/27", "A/RES/75/240" })
        {
            var document = await corpus.Client.GetFromJsonAsync<DocumentDto>(new Uri($"/api/v1/documents/{symbol}", UriKind.Relative), Cancel);

            var plenary = document!.Votes.Single(v => v.Stage == "Plenary" && v.Countries.Count > 0);
            var found = plenary.Countries.Where(c => CountryVoteFilter.Matches(CountryVoteFilter.KeysOf(c), "Russia")).ToList();
            var russia = Assert.Single(found);
            Assert.Equal((symbol, "RUS", "Russian Federation"), (symbol, russia.Code, russia.State));
        }
    }

    [Theory, DatabaseData]
    public async Task StatesApi_ListsEveryMemberState_WithCodeNameAndGroup(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var states = new List<JsonElement>();
        for (var next = $"/api/v1/states?pageSize={Paging.MaxPageSize}"; next is not null;)
        {
            var page = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri(next, UriKind.Relative), Cancel);
            states.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }

        var members = states.Where(s => s.GetProperty("status").GetString() == "Member").ToList();
        Assert.Equal(193, members.Count);
        var france = members.Single(s => s.GetProperty("code").GetString() == "FRA");
        Assert.Equal(("France", "WesternEuropeanAndOthers", true, "/states/FRA"), (
            france.GetProperty("name").GetString(), france.GetProperty("group").GetString(),
            france.GetProperty("permanentMember").GetBoolean(), france.GetProperty("url").GetString()));
    }

    [Theory, DatabaseData]
    public async Task StatesApi_OneState_HasItsVotesInDateOrder_AndItsAgreement(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var state = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/states/fra", UriKind.Relative), Cancel);

        Assert.Equal("FRA", state.GetProperty("state").GetProperty("code").GetString());
        var resolutions = state.GetProperty("resolutions").EnumerateArray().ToList();
        var dates = resolutions.Select(r => r.GetProperty("date").GetString()).Where(d => d is not null).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var votes = resolutions.ToDictionary(r => r.GetProperty("symbol").GetString()!, r => r.GetProperty("vote").GetString());
        Assert.Equal("No", votes["A/RES/73/27"]);
        Assert.Contains(votes["A/RES/75/240"], new[] { "Yes", "No", "Abstain" });
        var agreement = state.GetProperty("agreement").EnumerateArray().ToList();
        Assert.Contains(agreement, a => a.GetProperty("code").GetString() == "GBR");
        Assert.All(agreement, a => Assert.InRange(a.GetProperty("share").GetDouble(), 0, 1));
        Assert.False(state.GetProperty("explanationsOfVoteHeld").GetBoolean());
    }

    [Theory, DatabaseData]
    public async Task StatesApi_MalformedCode_Is400_AndUnknownCode_Is404_AsProblemDetails(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        foreach (var (path, status) in new[] { ("/api/v1/states/F1", HttpStatusCode.BadRequest), ("/api/v1/states/FRANCE", HttpStatusCode.BadRequest), ("/api/v1/states/XYZ", HttpStatusCode.NotFound) })
        {
            using var response = await corpus.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

            Assert.Equal((path, status), (path, response.StatusCode));
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        }
    }

    [Theory, DatabaseData]
    public async Task StatesApi_AnswersHead_AsGetWithoutABody(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        foreach (var path in new[] { "/api/v1/states", "/api/v1/states/FRA", "/api/v1/states/XYZ" })
        {
            using var get = await corpus.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), Cancel);
            using var head = await corpus.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Cancel);

            Assert.Equal((path, get.StatusCode), (path, head.StatusCode));
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Theory, DatabaseData]
    public async Task OpenApi_DocumentsTheStatesRoutes_With200_400And404(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var paths = (await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative), Cancel)).GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/states").GetProperty("get").GetProperty("responses").TryGetProperty("200", out _));
        var one = paths.GetProperty("/api/v1/states/{code}").GetProperty("get").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404" })
        {
            Assert.True(one.TryGetProperty(status, out _), $"/api/v1/states/{{code}} documents no {status}.");
        }

        Assert.True(one.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
