using Bunit;
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
            new("UNITED STATES", "US", "No"),
            new("UNITED REPUBLIC OF TANZANIA", "TZ", "Yes"),
            new("ZIMBABWE", "ZW", "Yes"),
            new("UKRAINE", "UA", "Abstain"),
        ];
        var table = Render<CountryVoteTable>(parameters => parameters
            .Add(t => t.Countries, countries)
            .Add(t => t.Caption, "Plenary votes")
            .Add(t => t.IdPrefix, "votes-plenary"));

        Assert.Equal(["Ukraine", "United Republic of Tanzania", "United States", "Zimbabwe"], Names(table));
        Assert.Equal("4 Member States", table.Find("[data-testid='country-count']").TextContent.Trim());

        table.Find("[data-testid='country-filter']").Input("united");

        Assert.Equal(["United Republic of Tanzania", "United States"], Names(table));
        Assert.Equal("2 of 4 Member States", table.Find("[data-testid='country-count']").TextContent.Trim());

        table.Find("[data-testid='country-filter']").Input("");
        table.Find("[data-testid='sort-vote']").Click();

        Assert.Equal(["United Republic of Tanzania", "Zimbabwe", "United States", "Ukraine"], Names(table));
        Assert.Equal("ascending", table.Find("[data-testid='sort-vote']").ParentElement!.GetAttribute("aria-sort"));

        table.Find("[data-testid='sort-vote']").Click();

        Assert.Equal("descending", table.Find("[data-testid='sort-vote']").ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal("Ukraine", Names(table)[0]);
        Assert.Equal("none", table.Find("[data-testid='sort-name']").ParentElement!.GetAttribute("aria-sort"));
    }

    private static List<string> Names(IRenderedComponent<CountryVoteTable> table) =>
        [.. table.FindAll("tbody th").Select(th => th.TextContent.Trim())];
}
