using NormsPortal.Data.Model;
using NormsPortal.Data.Seeding;
using NormsPortal.TestSupport;

namespace NormsPortal.UnitTests.Seeding;

public sealed class SeedCatalogTests
{
    private static readonly string[] s_symbols =
    [
        "A/RES/73/27", "A/RES/36/103", "A/RES/43/78 H",
        "A/RES/53/70", "A/RES/54/49", "A/RES/55/28", "A/RES/56/19", "A/RES/57/53", "A/RES/58/32", "A/RES/59/61",
        "A/RES/60/45", "A/RES/61/54", "A/RES/62/17", "A/RES/63/37", "A/RES/64/25", "A/RES/65/41", "A/RES/66/24",
        "A/RES/67/27", "A/RES/68/243", "A/RES/69/28", "A/RES/70/237", "A/RES/71/28",
        "A/65/201", "A/68/98", "A/70/174",
        "A/HRC/RES/20/8", "A/HRC/RES/26/13", "A/RES/68/167", "A/RES/69/166", "A/RES/58/199", "A/RES/73/266",
    ];

    [Fact]
    public void Load_SeedFiles_ReadsTheThirtyOneDocumentsInFileOrder()
    {
        Assert.Equal(s_symbols, SeedFiles.Catalog.Documents.Select(d => d.Symbol));
    }

    [Theory]
    [InlineData("A/RES/73/27", WorkKind.GaResolution, "2018-12-05", "adopted", 73)]
    [InlineData("A/RES/43/78 H", WorkKind.GaResolution, "1988-12-07", "adopted", 43)]
    [InlineData("A/70/174", WorkKind.Report, "2015-07-22", "issued", 70)]
    [InlineData("A/HRC/RES/20/8", WorkKind.HrcResolution, "2012-07-05", "adopted", 20)]
    public void Load_SeedFiles_MapsKindDateAndSession(string symbol, WorkKind kind, string date, string dateMeaning, int session)
    {
        var document = SeedFiles.Catalog.FindDocument(symbol);

        Assert.NotNull(document);
        Assert.Equal((kind, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), dateMeaning, session), (document.Kind, document.Date, document.DateMeaning, document.Session));
    }

    [Fact]
    public void Load_SeedFiles_KeepsUnverifiedValuesApartFromConfirmedOnes()
    {
        var report = SeedFiles.Catalog.FindDocument("A/65/201")!;

        Assert.Null(report.Title);
        Assert.Null(report.Date);
        Assert.Equal(["title", "date"], report.Unverified.Select(u => u.Key));
        Assert.Equal("2010-07-30 (not seen)", report.Unverified[1].Value);
    }

    [Fact]
    public void Load_SeedFiles_ReadsVoteStagesAndSourcesInFileOrder()
    {
        var resolution = SeedFiles.Catalog.FindDocument("A/RES/73/27")!;

        Assert.Equal(
            [new SeedStageVote(VoteStage.Plenary, VoteMode.Recorded, 119, 46, 14), new SeedStageVote(VoteStage.FirstCommittee, VoteMode.Recorded, 109, 45, 16)],
            resolution.Votes);
        Assert.Equal(["official_title", "adoption_date", "agenda_item", "vote.plenary", "vote.first_committee"], resolution.Sources.Select(s => s.Key));
        Assert.Equal("A/C.1/73/L.27/Rev.1", resolution.DraftSymbol);
        Assert.Equal("A_C.1_73_L.27_Rev.1.txt", resolution.FullTextFile);
        Assert.Equal(VoteStage.HumanRightsCouncil, Assert.Single(SeedFiles.Catalog.FindDocument("A/HRC/RES/26/13")!.Votes).Stage);
    }

    [Fact]
    public void Load_SeedFiles_ReadsThirteenNormsWithTheirCounterparts()
    {
        var norms = SeedFiles.Catalog.Norms;

        Assert.Equal(Enumerable.Range(1, 13).Select(i => $"1.{i}"), norms.Select(n => n.Number));
        Assert.Equal("Do not damage critical infrastructure", norms[5].Label);
        Assert.Equal(["13(c)", "28(e)"], norms[2].Gge2015Paragraphs);
        Assert.Empty(norms[12].Gge2015Paragraphs);
        Assert.Equal(new SeedEarlierSource("A/68/98", "24", false, "its first sentence appears to restate the 2013 report; paragraph number not confirmed"), norms[12].Earlier);
    }

    [Fact]
    public void Load_SeedFiles_ReadsFourTracksThePrecursorsAndTheEndorsedReports()
    {
        var catalog = SeedFiles.Catalog;

        Assert.Equal(["developments", "responsible-behaviour", "programme-of-action", "ict-crime"], catalog.Tracks.Select(t => t.Key));
        Assert.Equal([27, 4, 2, 3], catalog.Tracks.Select(t => t.Members.Count));
        Assert.Equal(["A/RES/71/28", "A/RES/73/27", "A/RES/74/29"], catalog.Tracks[0].Members.Skip(18).Take(3));
        Assert.Equal(["A/RES/36/103", "A/RES/43/78 H"], catalog.Precursors);
        Assert.Equal(
            [new SeedReport("A/65/201", "Group of Governmental Experts 2009-2010", "A/RES/65/41"), new SeedReport("A/68/98", "Group of Governmental Experts 2012-2013", "A/RES/68/243"), new SeedReport("A/70/174", "Group of Governmental Experts 2014-2015", "A/RES/70/237")],
            catalog.Reports);
    }

    // The rows of votes/rollcalls.csv.
    [Theory]
    [InlineData(2264, "1981-12-09", "A/RES/36/103", 121, 22, 6)]
    [InlineData(4618, "2005-12-08", "A/RES/60/45", 177, 1, 0)]
    [InlineData(4700, "2006-12-06", "A/RES/61/54", 176, 1, 0)]
    [InlineData(4770, "2007-12-05", "A/RES/62/17", 179, 1, 0)]
    [InlineData(4864, "2008-12-02", "A/RES/63/37", 178, 1, 0)]
    [InlineData(5500, "2016-12-05", "A/RES/71/28", 180, 0, 1)]
    [InlineData(6073, "2018-12-05", "A/RES/73/27", 119, 46, 14)]
    [InlineData(6156, "2018-12-22", "A/RES/73/266", 138, 12, 16)]
    public void Load_SeedFiles_CountryVotesAddUpToTheRollCallCounts(int rcid, string date, string resolution, int yes, int no, int abstain)
    {
        var rollCall = Assert.Single(SeedFiles.Catalog.RollCalls, r => r.Rcid == rcid);

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), resolution, yes, no, abstain), (rollCall.Date, rollCall.Resolution, rollCall.Yes, rollCall.No, rollCall.Abstain));
        Assert.Equal(yes, rollCall.CountryVotes.Count(c => c.Choice == CountryVoteChoice.Yes));
        Assert.Equal(no, rollCall.CountryVotes.Count(c => c.Choice == CountryVoteChoice.No));
        Assert.Equal(abstain, rollCall.CountryVotes.Count(c => c.Choice == CountryVoteChoice.Abstain));
    }

    [Fact]
    public void Load_SeedFiles_ReadsEightRollCalls() => Assert.Equal(8, SeedFiles.Catalog.RollCalls.Count);

    [Theory]
    [InlineData(2264, "RU", "Union of Soviet Socialist Republics", "Russia")]
    [InlineData(2264, "BY", "Byelorussian Soviet Socialist Republic", "Belarus")]
    [InlineData(2264, "SZ", "Swaziland", "Eswatini")]
    [InlineData(2264, "CD", "Zaire", "Congo - Kinshasa")]
    [InlineData(2264, "MM", "Burma", "Myanmar (Burma)")]
    [InlineData(2264, "CI", "Ivory Coast", "Côte d’Ivoire")]
    [InlineData(2264, "CS", "Czechoslovakia", "Czechoslovakia")]
    [InlineData(2264, "YU", "Yugoslavia", "Yugoslavia")]
    [InlineData(4618, "YU", "Serbia and Montenegro", "Yugoslavia")]
    [InlineData(4618, "CZ", "Czech Republic", "Czechia")]
    [InlineData(4618, "MK", "The former Yugoslav Republic of Macedonia", "North Macedonia")]
    [InlineData(4618, "RU", "Russia", "Russia")]
    [InlineData(6073, "SZ", "Eswatini", "Eswatini")]
    [InlineData(6073, "CV", "Cabo Verde", "Cape Verde")]
    [InlineData(6073, "YU", "Serbia", "Yugoslavia")]
    [InlineData(6073, "TR", "Turkey", "Turkey")]
    public void Load_SeedFiles_NamesEachStateAsItWasNamedOnTheDay(int rcid, string code, string name, string nameInData)
    {
        var rollCall = Assert.Single(SeedFiles.Catalog.RollCalls, r => r.Rcid == rcid);

        var vote = Assert.Single(rollCall.CountryVotes, c => c.CountryCode == code);

        Assert.Equal((name, nameInData), (vote.CountryName, vote.NameInData));
    }

    [Fact]
    public void Load_DocumentWithAFieldTheCatalogueDoesNotKnow_IsRefused()
    {
        var folder = SeedFiles.CopyToTemporaryDirectory();
        var path = Path.Combine(folder, SeedCatalog.DocumentsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"symbol\": \"A/RES/73/27\",", "\"symbol\": \"A/RES/73/27\", \"sponsors\": \"Russian Federation\",", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => SeedCatalog.Load(folder));

        Assert.Contains("sponsors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RollCallWhoseCountsDisagreeWithTheStatesVotes_IsRefused()
    {
        var folder = SeedFiles.CopyToTemporaryDirectory();
        var path = Path.Combine(folder, SeedCatalog.RollCallsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("6073,73,2018-12-05,A/RES/73/27,119,46,14", "6073,73,2018-12-05,A/RES/73/27,120,46,14", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => SeedCatalog.Load(folder));

        Assert.Contains("rcid 6073 (A/RES/73/27) counts 120-46-14, but its Member States' votes add up to 119-46-14", error.Message, StringComparison.Ordinal);
        Assert.Contains("disagrees with the plenary vote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValueBothConfirmedAndUnverified_IsRefused()
    {
        var folder = SeedFiles.CopyToTemporaryDirectory();
        var path = Path.Combine(folder, SeedCatalog.DocumentsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"agendaItem\": \"69 (b) (not seen)\"", "\"title\": \"Another title\"", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => SeedCatalog.Load(folder));

        Assert.Contains("A/RES/68/167: title is both confirmed and unverified.", error.Message, StringComparison.Ordinal);
    }
}
