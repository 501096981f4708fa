using NormsPortal.Data.Model;
using NormsPortal.Data.Seeding;
using NormsPortal.TestSupport;

namespace NormsPortal.UnitTests.Seeding;

public sealed class SeedWorksTests
{
    private static readonly Lazy<List<Work>> s_works = new(() => SeedWorks.Map(SeedFiles.Catalog));

    private static Work WorkOf(string symbol) => Assert.Single(s_works.Value, w => w.Symbol == symbol);

    private static Fact FactOf(string symbol, string key) => Assert.Single(WorkOf(symbol).Facts, f => f.Key == key);

    [Fact]
    public void Map_SeedCatalogue_KeepsEverySourceStringSomewhereVisible()
    {
        foreach (var document in SeedFiles.Catalog.Documents)
        {
            var work = WorkOf(document.Symbol);
            var endorsements = s_works.Value.SelectMany(w => w.Relations).Where(r => r.TargetSymbol == document.Symbol);
            var shown = work.Facts.SelectMany(f => new[] { f.Source, f.Value })
                .Concat(work.Votes.Select(v => v.Source))
                .Concat(endorsements.Select(r => r.Source))
                .OfType<string>()
                .ToList();
            foreach (var source in document.Sources)
            {
                Assert.True(shown.Any(s => s.Contains(source.Text, StringComparison.Ordinal)), $"{document.Symbol}: source {source.Key} is not shown anywhere.");
            }
        }
    }

    [Fact]
    public void Map_SeedCatalogue_GivesEveryDocumentAWorkWithSeedFactsOnly()
    {
        Assert.Equal(SeedFiles.Catalog.Documents.Select(d => d.Symbol), s_works.Value.Select(w => w.Symbol));
        Assert.All(s_works.Value.SelectMany(w => w.Facts), f => Assert.Equal(FactOrigin.Seed, f.Origin));
        Assert.All(s_works.Value, w => Assert.Equal(w.Facts.Count, w.Facts.Select(f => f.Key).Distinct().Count()));
    }

    [Fact]
    public void Map_ResolutionWithConfirmedFacts_CopiesThemToColumnsWithTheirSources()
    {
        var work = WorkOf("A/RES/73/27");
        var document = SeedFiles.Catalog.FindDocument("A/RES/73/27")!;

        Assert.Equal((WorkKind.GaResolution, "General Assembly", "First Committee", 73, new DateOnly(2018, 12, 5), "https://undocs.org/A/RES/73/27"), (work.Kind, work.Body, work.Committee, work.Session, work.Date, work.OfficialUrl));
        Assert.Equal(document.Title, work.Title);
        var title = FactOf("A/RES/73/27", FactKeys.Title);
        // Confirmed by the curators, but from a data set and a third-party page only: not verified (OfficialSources).
        Assert.Equal((document.Title, document.Sources.Single(s => s.Key == "official_title").Text, false), (title.Value, title.Source, title.Verified));
        Assert.Equal(("2018-12-05", document.Sources.Single(s => s.Key == "adoption_date").Text), (FactOf("A/RES/73/27", FactKeys.Date).Value, FactOf("A/RES/73/27", FactKeys.Date).Source));
        Assert.Equal("adopted", FactOf("A/RES/73/27", SeedFactKeys.DateMeaning).Value);
        Assert.Equal("96", FactOf("A/RES/73/27", FactKeys.AgendaItem).Value);
        Assert.Equal("A/C.1/73/L.27/Rev.1 (First Committee)", FactOf("A/RES/73/27", FactKeys.Draft).Value);
        Assert.Equal(document.Notes, FactOf("A/RES/73/27", FactKeys.Notes).Value);
        Assert.Equal(document.FullTextNote, FactOf("A/RES/73/27", SeedFactKeys.TextNote).Value);
    }

    [Fact]
    public void Map_ReportWithOnlyAnUnverifiedTitleAndDate_StoresThemAsUnverifiedFactsAndCopiesWhatTheColumnsCanHold()
    {
        var work = WorkOf("A/65/201");

        var title = FactOf("A/65/201", FactKeys.Title);
        // The column copies the unverified title (the fact says it is unverified); the date is no date.
        Assert.Equal(title.Value, work.Title);
        Assert.Null(work.Date);
        Assert.False(title.Verified);
        Assert.StartsWith("Report of the Group of Governmental Experts", title.Value, StringComparison.Ordinal);
        Assert.Equal(("2010-07-30 (not seen)", false), (FactOf("A/65/201", FactKeys.Date).Value, FactOf("A/65/201", FactKeys.Date).Verified));
        Assert.Equal(("issued", "Group of Governmental Experts 2009-2010"), (FactOf("A/65/201", SeedFactKeys.DateMeaning).Value, FactOf("A/65/201", SeedFactKeys.Group).Value));
        var symbol = FactOf("A/65/201", SeedFactKeys.Symbol);
        Assert.Contains("A first successful GGE report was issued in 2010", symbol.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ResolutionWithARollCall_AddsTheMemberStatesToThePlenaryVote()
    {
        var votes = WorkOf("A/RES/73/27").Votes;

        var plenary = Assert.Single(votes, v => v.Stage == VoteStage.Plenary);
        Assert.Equal((VoteMode.Recorded, 119, 46, 14, new DateOnly(2018, 12, 5), true), (plenary.Mode, plenary.Yes, plenary.No, plenary.Abstain, plenary.Date, plenary.Verified));
        Assert.StartsWith("Voeten UNGA voting data (rcid 6073); Voeten UNGA roll-call data as packaged", plenary.Source, StringComparison.Ordinal);
        Assert.Equal(179, plenary.CountryVotes.Count);
        Assert.Equal(CountryVoteChoice.No, Assert.Single(plenary.CountryVotes, c => c.CountryName == "United States").Choice);
        var committee = Assert.Single(votes, v => v.Stage == VoteStage.FirstCommittee);
        Assert.Equal((109, 45, 16, (DateOnly?)null, true), (committee.Yes, committee.No, committee.Abstain, committee.Date, committee.Verified));
        Assert.Contains("GA/DIS/3619", committee.Source, StringComparison.Ordinal);
        Assert.Empty(committee.CountryVotes);
    }

    [Fact]
    public void Map_DoubtedRollCall_IsAnUnverifiedVoteThatSaysWhy()
    {
        var vote = Assert.Single(WorkOf("A/RES/71/28").Votes);

        Assert.Equal((VoteStage.Plenary, VoteMode.Recorded, 180, 0, 1, false), (vote.Stage, vote.Mode, vote.Yes, vote.No, vote.Abstain, vote.Verified));
        Assert.StartsWith("Voeten UNGA voting data (rcid 5500); ", vote.Source, StringComparison.Ordinal);
        Assert.EndsWith("Not confirmed: recorded vote 180-0-1 (Ukraine abstaining) in the Voeten data; several accounts describe the pre-2018 texts as adopted without a vote. Check the meeting record A/71/PV.51.", vote.Source, StringComparison.Ordinal);
        Assert.Equal(181, vote.CountryVotes.Count);
        var mode = FactOf("A/RES/71/28", FactKeys.AdoptionMode);
        Assert.False(mode.Verified);
        Assert.Contains("(rcid 5500)", mode.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_VoteWithoutACountOrRollCall_HasNoCountryVotes()
    {
        var votes = WorkOf("A/RES/64/25").Votes;

        Assert.Equal([VoteStage.Plenary, VoteStage.FirstCommittee], votes.Select(v => v.Stage));
        Assert.All(votes, v => Assert.Equal((VoteMode.WithoutVote, (int?)null, true), (v.Mode, v.Yes, v.Verified)));
        Assert.All(votes, v => Assert.Contains("A/64/PV.55", v.Source, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2009, 12, 2), votes[0].Date);
        Assert.Null(votes[1].Date);
    }

    [Fact]
    public void Map_BelievedAdoptionWithoutAVote_IsAnUnverifiedFactNotAVote()
    {
        Assert.Empty(WorkOf("A/RES/54/49").Votes);
        var mode = FactOf("A/RES/54/49", FactKeys.AdoptionMode);
        Assert.Equal(("adopted without a vote (no roll call in the Voeten data; absence is inference only)", false, (string?)null), (mode.Value, mode.Verified, mode.Source));
    }

    [Fact]
    public void Map_CouncilResolution_HasACouncilVoteAndKeepsAnUnclassifiedRelatedDocument()
    {
        var vote = Assert.Single(WorkOf("A/HRC/RES/20/8").Votes);

        Assert.Equal((VoteStage.HumanRightsCouncil, VoteMode.WithoutVote, new DateOnly(2012, 7, 5)), (vote.Stage, vote.Mode, vote.Date));
        var related = FactOf("A/HRC/RES/20/8", SeedFactKeys.Related);
        Assert.Equal("A/HRC/20/L.13", related.Value);
        Assert.Contains("technollama", related.Source, StringComparison.Ordinal);
        Assert.Equal("Human Rights Council", FactOf("A/HRC/RES/20/8", FactKeys.Body).Value);
    }

    [Theory]
    [InlineData("A/RES/64/25", FactKeys.CommitteeReport, "A/64/386")]
    [InlineData("A/RES/64/25", FactKeys.MeetingRecord, "A/64/PV.55")]
    [InlineData("A/RES/68/167", FactKeys.CommitteeReport, "A/68/456/Add.2")]
    [InlineData("A/RES/68/167", FactKeys.Draft, "A/C.3/68/L.45/Rev.1")]
    [InlineData("A/RES/69/166", FactKeys.Draft, "A/C.3/69/L.26/Rev.1 (19 Nov 2014)")]
    [InlineData("A/RES/58/199", FactKeys.CommitteeReport, "A/58/481/Add.2")]
    [InlineData("A/RES/70/237", FactKeys.Draft, "A/C.1/70/L.45")]
    public void Map_RelatedDocuments_BecomeFactsOfTheirKind(string symbol, string key, string value)
    {
        Assert.Equal(value, FactOf(symbol, key).Value);
    }

    [Fact]
    public void Map_DocumentWithAnAllSource_GivesItToConfirmedValuesOnly()
    {
        var all = SeedFiles.Catalog.FindDocument("A/RES/58/199")!.Sources.Single().Text;
        var work = WorkOf("A/RES/58/199");

        Assert.All(work.Facts.Where(f => f.Verified && f.Key != FactKeys.Notes), f => Assert.Equal(all, f.Source));
        var mode = FactOf("A/RES/58/199", FactKeys.AdoptionMode);
        Assert.Equal((false, (string?)null), (mode.Verified, mode.Source));
        var allOf73266 = SeedFiles.Catalog.FindDocument("A/RES/73/266")!.Sources.Single().Text;
        Assert.Equal("Voeten UNGA voting data (rcid 6156); " + allOf73266, Assert.Single(WorkOf("A/RES/73/266").Votes).Source);
    }

    [Fact]
    public void Map_SourcesThatNameNoField_BecomeFactsOfTheirOwn()
    {
        Assert.StartsWith("page http(s)://www.un.org/disarmament/topics/informationsecurity/ (web page): 20 experts", FactOf("A/70/174", "composition").Value, StringComparison.Ordinal);
        Assert.StartsWith("Voeten UNGA voting data descr: 'TO APPROVE A RESOLUTION", FactOf("A/RES/36/103", "subject").Value, StringComparison.Ordinal);
        Assert.StartsWith("un.org/documents/ga/res/36/a36r103.htm", FactOf("A/RES/36/103", FactKeys.Title).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EndorsedReports_AreRelationsFromTheEndorsingResolution()
    {
        var relation = Assert.Single(WorkOf("A/RES/70/237").Relations);

        Assert.Equal((WorkRelationKind.Endorses, "A/70/174"), (relation.Kind, relation.TargetSymbol));
        Assert.Equal(SeedFiles.Catalog.FindDocument("A/70/174")!.Sources.Single(s => s.Key == "endorsement").Text, relation.Source);
        Assert.Equal(["A/65/201"], WorkOf("A/RES/65/41").Relations.Select(r => r.TargetSymbol));
        Assert.Equal(3, s_works.Value.Sum(w => w.Relations.Count));
    }

    [Fact]
    public void Map_BodySourceOfAFirstCommitteeResolution_GoesToTheCommitteeFact()
    {
        Assert.StartsWith("annual First Committee item since 1998", FactOf("A/RES/53/70", FactKeys.Committee).Source, StringComparison.Ordinal);
        Assert.Null(FactOf("A/RES/53/70", FactKeys.Body).Source);
    }
}
