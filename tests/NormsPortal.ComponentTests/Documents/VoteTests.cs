using Bunit;
using Microsoft.AspNetCore.Components;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

public sealed class VoteTests : PortalComponentTestBase
{
    [Fact]
    public void VoteSummary_GivesTheTallyAsText_AndTheBarOnlyToTheEye()
    {
        var summary = Render<VoteSummary>(parameters => parameters.Add(v => v.Vote, Vote()));

        Assert.Equal("Yes: 119 No: 46 Abstentions: 14", CollapseSpaces(summary.Find("[data-testid='vote-counts']").TextContent));
        Assert.Equal("true", summary.Find(".np-vote__bar").GetAttribute("aria-hidden"));
        Assert.Contains("flex-grow: 119", summary.Find(".np-vote__bar-yes").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("Whole text", summary.Find(".np-vote__what").TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.FindAll("[data-testid='unverified']"));
    }

    [Fact]
    public void VoteSummary_OfAnAdoptionWithoutAVote_HasNoTally_AndAnUnverifiedVoteSaysSo()
    {
        var summary = Render<VoteSummary>(parameters => parameters.Add(v => v.Vote,
            Vote(yes: null, no: null, abstain: null, mode: "WithoutVote", verified: false)));

        Assert.Empty(summary.FindAll(".np-vote__bar"));
        Assert.Contains("Adopted without a vote", summary.Markup, StringComparison.Ordinal);
        Assert.Equal("Unverified", summary.Find("[data-testid='unverified']").TextContent);
    }

    [Fact]
    public void VoteSummary_OfAVoteReadFromTheUnsFile_IsNotMarkedUnverified()
    {
        var summary = Render<VoteSummary>(parameters => parameters.Add(v => v.Vote,
            Vote(verified: false) with { Source = "UN AKN file of A/RES/73/27, English" }));

        Assert.Empty(summary.FindAll("[data-testid='unverified']"));
        Assert.DoesNotContain("UN AKN file", summary.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void VoteList_GroupsByStage_AndNamesSeparateVotesOnParagraphs()
    {
        var list = Render<VoteList>(parameters => parameters.Add(v => v.Votes,
        [
            Vote(stage: "FirstCommittee"),
            Vote(stage: "Plenary"),
            Vote(stage: "Plenary", subject: "Paragraph", detail: "op5", yes: 90, no: 60, abstain: 10),
        ]));

        Assert.Equal(["First Committee", "General Assembly plenary"], list.FindAll("h3").Select(h => h.TextContent));
        Assert.Contains("Separate vote on paragraph 5", list.FindAll("[data-stage='Plenary'] .np-vote__subject")[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("[data-testid='country-votes']"));
    }

    [Fact]
    public void CountryVoteTable_FiltersAndSorts_UnderTheNamesOfTheTime()
    {
        CountryVoteDto[] countries =
        [
            new("UNITED STATES", "USA", "United States of America", "No"),
            new("UNITED REPUBLIC OF TANZANIA", "TZA", "United Republic of Tanzania", "Yes"),
            new("ZIMBABWE", "ZWE", "Zimbabwe", "Yes"),
            new("UKRAINE", "UKR", "Ukraine", "Abstain"),
        ];
        var table = RenderTable(countries);

        Assert.Equal(["Ukraine", "United Republic of Tanzania", "United States of America", "Zimbabwe"], Names(table));
        Assert.Equal("4 Member States", table.Find("[data-testid='country-count']").TextContent.Trim());

        table.Find("[data-testid='country-filter']").Input("united");

        Assert.Equal(["United Republic of Tanzania", "United States of America"], Names(table));
        Assert.Equal("2 of 4 Member States", table.Find("[data-testid='country-count']").TextContent.Trim());

        table.Find("[data-testid='country-filter']").Input("");
        table.Find("[data-testid='sort-vote']").Click();

        Assert.Equal(["United Republic of Tanzania", "Zimbabwe", "United States of America", "Ukraine"], Names(table));
        Assert.Equal("ascending", table.Find("[data-testid='sort-vote']").ParentElement!.GetAttribute("aria-sort"));

        table.Find("[data-testid='sort-vote']").Click();

        Assert.Equal("descending", table.Find("[data-testid='sort-vote']").ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal("Ukraine", Names(table)[0]);
        Assert.Equal("none", table.Find("[data-testid='sort-name']").ParentElement!.GetAttribute("aria-sort"));
    }

    [Theory]
    [InlineData("Russia", "Russian Federation")]
    [InlineData("USA", "United States of America")]
    [InlineData("North Korea", "Democratic People's Republic of Korea")]
    [InlineData("UK", "United Kingdom of Great Britain and Northern Ireland")]
    [InlineData("cote d", "Côte d'Ivoire")]
    public void CountryVoteTable_Filter_MatchesCommonNames(string filter, string found)
    {
        CountryVoteDto[] countries =
        [
            new("RUSSIAN FEDERATION", "RUS", "Russian Federation", "No"),
            new("UNITED STATES", "USA", "United States of America", "Yes"),
            new("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "PRK", "Democratic People's Republic of Korea", "No"),
            new("UNITED KINGDOM", "GBR", "United Kingdom of Great Britain and Northern Ireland", "Yes"),
            new("COTE D'IVOIRE", "CIV", "Côte d'Ivoire", "Yes"),
            new("FRANCE", "FRA", "France", "Yes"),
        ];
        var table = RenderTable(countries);

        table.Find("[data-testid='country-filter']").Input(filter);

        Assert.Equal([found], Names(table));
    }

    [Fact]
    public void CountryVoteTable_LinksEachKnownState_ToItsPage()
    {
        var table = RenderTable([new("RUSSIA", "RUS", "Russian Federation", "No"), new("ATLANTIS", null, null, "Yes")]);

        Assert.Equal("/states/RUS", table.Find("tr[data-state='RUS'] th a").GetAttribute("href"));
        Assert.Equal(["Atlantis", "Russian Federation"], Names(table));
        Assert.Empty(table.FindAll("tr:not([data-state]) th a"));
    }

    [Fact]
    public void CountryVoteTable_InACircuit_WritesItsRowsOnlyOnceOpened()
    {
        var table = RenderFolded([new("FRANCE", "FRA", "France", "Yes")]);

        Assert.Empty(Names(table));
        Assert.Equal("1 Member States", table.Find("[data-testid='country-count']").TextContent.Trim());

        table.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);

        Assert.Equal(["France"], Names(table));
    }

    [Fact]
    public void CountryVoteTable_Prerendered_WritesItsRowsForReadersWithoutACircuit()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var table = RenderFolded([new("FRANCE", "FRA", "France", "Yes")]);

        Assert.Equal(["France"], Names(table));
    }

    /// <summary>The table as a reader has opened it.</summary>
    private IRenderedComponent<CountryVoteTable> RenderTable(CountryVoteDto[] countries)
    {
        var table = RenderFolded(countries);
        table.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);
        return table;
    }

    private IRenderedComponent<CountryVoteTable> RenderFolded(CountryVoteDto[] countries) =>
        Render<CountryVoteTable>(parameters => parameters
            .Add(t => t.Countries, countries)
            .Add(t => t.Caption, "Plenary votes")
            .Add(t => t.IdPrefix, "votes-plenary"));

    private static List<string> Names(IRenderedComponent<CountryVoteTable> table) =>
        [.. table.FindAll("tbody th").Select(th => th.TextContent.Trim())];
}
