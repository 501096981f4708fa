using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Api;

/// <summary><c>GET /api/v1/search/suggest</c>, the search box's suggestions, on both providers.</summary>
public sealed class SuggestApiTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static async Task<List<(string Type, string Key, string Url)>> SuggestAsync(ReadApiFixture fixture, DatabaseKind kind, string query)
    {
        var api = await fixture.ApiAsync(kind);
        var json = await api.GetJsonAsync("/api/v1/search/suggest?" + query);
        return json.EnumerateArray()
            .Select(s => (s.GetProperty("type").GetString()!, s.GetProperty("key").GetString()!, s.GetProperty("url").GetString()!))
            .ToList();
    }

    [Theory, DatabaseData]
    public async Task NormNumber_SuggestsTheNorm_LeadingToTheNormsPage(DatabaseKind kind)
    {
        var suggestions = await SuggestAsync(fixture, kind, "q=1.6");

        Assert.Equal(("norm", "1.6", "/norms/1.6"), suggestions[0]);
    }

    [Theory, DatabaseData]
    public async Task WordsOfANormsLabel_InAnyCase_SuggestTheNorm(DatabaseKind kind)
    {
        var suggestions = await SuggestAsync(fixture, kind, "q=" + Uri.EscapeDataString("CRITICAL infra"));

        Assert.Equal([("norm", "1.6", "/norms/1.6")], suggestions);
    }

    [Theory, DatabaseData]
    public async Task ShortAndLowerCaseSymbols_SuggestTheirWorks(DatabaseKind kind)
    {
        Assert.Contains(("work", "A/RES/73/27", "/documents/A/RES/73/27"), await SuggestAsync(fixture, kind, "q=73/2"));
        Assert.Contains(("work", "A/70/174", "/documents/A/70/174"), await SuggestAsync(fixture, kind, "q=70/1"));
        Assert.Contains(("work", "A/RES/43/78 H", "/documents/A/RES/43/78%20H"), await SuggestAsync(fixture, kind, "q=a/res/43"));
    }

    [Theory, DatabaseData]
    public async Task Limit_CapsTheList(DatabaseKind kind)
    {
        Assert.Single(await SuggestAsync(fixture, kind, "q=A/&limit=1"));
        // The small database holds four works; more than ten are never listed.
        Assert.InRange((await SuggestAsync(fixture, kind, "q=A/&limit=500")).Count, 4, 10);
    }

    [Theory, DatabaseData]
    public async Task BlankOrWildcardText_SuggestsNothing(DatabaseKind kind)
    {
        foreach (var query in new[] { "", "q=", "q=%20%20", "q=%25", "q=_", "q=" + Uri.EscapeDataString("' OR 1=1 --"), "q=" + new string('x', 500) })
        {
            Assert.Empty(await SuggestAsync(fixture, kind, query));
        }
    }
}
