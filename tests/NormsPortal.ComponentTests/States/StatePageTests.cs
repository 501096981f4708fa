using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.States;

namespace NormsPortal.ComponentTests.States;

/// <summary>The State pages over a small database: two resolutions, one with a roll call and sponsors, one adopted without a vote.</summary>
public sealed class StatePageTests : ReaderComponentTestBase
{
    public StatePageTests() => Database.Seed(db =>
    {
        var recorded = ReaderSamples.Work("A/RES/73/27", title: "Developments");
        recorded.Date = new DateOnly(2018, 12, 5);
        var plenary = new Vote { Stage = VoteStage.Plenary, Subject = VoteSubject.WholeText, Mode = VoteMode.Recorded, Yes = 2, No = 1 };
        plenary.CountryVotes.AddRange(
        [
            new CountryVote { CountryName = "France", CountryCode = "FRA", Choice = CountryVoteChoice.No },
            new CountryVote { CountryName = "Russia", CountryCode = "RUS", Choice = CountryVoteChoice.Yes },
            new CountryVote { CountryName = "China", CountryCode = "CHN", Choice = CountryVoteChoice.Yes },
        ]);
        recorded.Votes.Add(plenary);
        recorded.Sponsors.Add(new Sponsor { Name = "RUSSIAN FEDERATION", Role = SponsorRole.Sponsor, Ordinal = 1 });
        var consensus = ReaderSamples.Work("A/RES/76/19", title: "Developments");
        consensus.Date = new DateOnly(2021, 12, 6);
        consensus.Votes.Add(new Vote { Stage = VoteStage.Plenary, Subject = VoteSubject.WholeText, Mode = VoteMode.WithoutVote });
        db.Works.AddRange(consensus, recorded);
    });

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void StatePage_ShowsTheStatesRecordInDateOrder_WithAgreement()
    {
        var page = Render<StatePage>(p => p.Add(c => c.Code, "rus"));

        page.WaitForElement("[data-testid=state-page]");
        Assert.Equal("Russian Federation", page.Find("h1").TextContent.Trim());
        Assert.Contains("permanent member of the Security Council", page.Find("[data-testid=state-standing]").TextContent, StringComparison.Ordinal);
        var rows = page.FindAll("[data-testid=state-resolutions] tbody tr");
        Assert.Equal(["A/RES/73/27", "A/RES/76/19"], rows.Select(r => r.GetAttribute("data-symbol")));
        Assert.Equal(["Yes", "Sponsor"], rows[0].QuerySelectorAll("td").Skip(1).Select(td => CollapseSpaces(td.TextContent)));
        Assert.Equal(["Adopted without a vote", "List not held"], rows[1].QuerySelectorAll("td").Skip(1).Select(td => CollapseSpaces(td.TextContent)));
        Assert.Contains("not held", page.Find("[data-testid=state-explanations]").TextContent, StringComparison.Ordinal);
        var agreement = page.FindAll("[data-testid=state-agreement] tbody tr");
        Assert.Equal(["CHN", "FRA"], agreement.Select(r => r.GetAttribute("data-state")));
        Assert.Equal(["100%", "0%"], agreement.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("FRANCE")]
    [InlineData("F1")]
    public void StatePage_UnknownOrMalformedCode_AsksForTheNotFoundPage(string code)
    {
        var notFound = false;
        Navigation.OnNotFound += (_, _) => notFound = true;

        var page = Render<StatePage>(p => p.Add(c => c.Code, code));

        Assert.True(notFound);
        Assert.Empty(page.FindAll("[data-testid=state-page]"));
    }

    [Fact]
    public void StateVotesPage_ShowsTheChosenStatesSideBySide_AndWarnsOfWhatItLeftOut()
    {
        Navigation.NavigateTo("/states/votes?states=France,CHN,Atlantis");
        var page = Render<StateVotesPage>();

        page.WaitForElement("[data-testid=state-votes-table]");
        Assert.Equal(["FRA", "CHN"], page.FindAll("thead th[data-state]").Select(th => th.GetAttribute("data-state")));
        var row = page.Find("tr[data-symbol='A/RES/73/27']");
        Assert.Equal(["No", "Yes"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("Atlantis", page.Find("[data-testid=state-votes-warning]").TextContent, StringComparison.Ordinal);
    }
}
