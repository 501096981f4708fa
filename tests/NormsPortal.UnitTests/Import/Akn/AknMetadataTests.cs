using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>The UN's metadata.jsonl: reading it, adding what it knows to documents, and walking folders of AKN files.</summary>
public sealed class AknMetadataTests
{
    private static AknMetadataFile IctMetadata() => AknMetadataReader.ReadFile(Path.Combine(AknTestData.IctFolder, "metadata.jsonl"), "ict/metadata.jsonl");

    [Fact]
    public void ReadFile_IctMetadata_Reads74_28ARecordedVoteOf163To10With6Abstentions()
    {
        var metadata = IctMetadata();
        var record = metadata.Find("A/RES/74/28");

        Assert.Empty(metadata.Messages);
        Assert.Equal(14, metadata.Records.Count);
        Assert.NotNull(record);
        Assert.Equal("By a recorded vote", record.AdoptionType);
        Assert.Equal((163, 10, 6), (record.InFavourCount, record.AgainstCount, record.AbstainingCount));
        Assert.Equal((163, 10, 6), (record.InFavour.Count, record.Against.Count, record.Abstaining.Count));
        Assert.Equal(new DateOnly(2019, 12, 12), record.AdoptionDate);
        Assert.Equal("A/74/PV.46", record.MeetingRecord);

        var vote = AknMetadataMerger.ToVote(record, "ict/metadata.jsonl");
        Assert.NotNull(vote);
        Assert.Equal((VoteStage.Plenary, VoteMode.Recorded, (int?)163, (int?)10, (int?)6), (vote.Stage, vote.Mode, vote.Yes, vote.No, vote.Abstain));
        Assert.Equal(163, vote.CountryVotes.Count(c => c.Choice == CountryVoteChoice.Yes));
        Assert.Equal(10, vote.CountryVotes.Count(c => c.Choice == CountryVoteChoice.No));
        Assert.Contains(new ParsedCountryVote("RUSSIAN FEDERATION", CountryVoteChoice.No, "RUS"), vote.CountryVotes);
        Assert.Equal("46th plenary meeting", vote.Meeting);
    }

    [Fact]
    public void Apply_DocumentWithoutAVote_TakesTheVoteAndFactsFromTheMetadata()
    {
        var document = AknTestData.ParseText(AknSnippet.Resolution("", AknSnippet.Paragraph("Decides.", "1."))).Documents.Single();
        var record = IctMetadata().Find("A/RES/74/28")!;

        AknMetadataMerger.Apply(document, record, "ict/metadata.jsonl");

        var vote = document.Votes.Single();
        Assert.Equal((VoteMode.Recorded, (int?)163, (int?)10, (int?)6, 179), (vote.Mode, vote.Yes, vote.No, vote.Abstain, vote.CountryVotes.Count));
        Assert.Equal("UN AKN metadata of A/RES/99/1", vote.Source);
        Assert.Equal("First Committee", document.Committee);
        Assert.Equal("93", document.AgendaItem);
        Assert.Equal("A/74/363", document.CommitteeReport);
        Assert.Equal("A/74/PV.46", document.MeetingRecord);
        Assert.Equal("By a recorded vote", document.AdoptionMode);
    }

    [Fact]
    public void Apply_MetadataDisagreeingWithTheXmlVote_IsReportedAndTheXmlKept()
    {
        var document = AknTestData.ParseIct("en", "A_RES_74_28.xml").Documents.Single();
        var record = IctMetadata().Find("A/RES/74/28")! with { InFavourCount = 160 };

        AknMetadataMerger.Apply(document, record, "ict/metadata.jsonl");

        Assert.Equal(163, document.Votes.Single().Yes);
        var warning = Assert.Single(document.Messages, m => m.Code == AknMessageCodes.MetadataVoteMismatch);
        Assert.Equal(ImportSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Read_BadLines_AreReportedWithTheirNumberAndTheRestIsRead()
    {
        var text = string.Join('\n',
            """{"symbol": "A/RES/99/1", "adoption_type": "Without a vote", "MS_in_favour_count": "N.A.", "adoption_date": "19 December 2023"}""",
            "this is not JSON",
            "[1, 2, 3]",
            """{"title": "no symbol"}""",
            "",
            """{"symbol": "A/RES/99/2", "adoption_date": "2019-12-12 00:00:00"}""");

        var metadata = AknMetadataReader.Read(new StringReader(text), "metadata.jsonl");

        Assert.Equal(["A/RES/99/1", "A/RES/99/2"], metadata.Records.Select(r => r.Symbol));
        Assert.Equal(["metadata.jsonl:2", "metadata.jsonl:3", "metadata.jsonl:4"], metadata.Messages.Select(m => m.Location));
        Assert.All(metadata.Messages, m => Assert.Equal(AknMessageCodes.MetadataBadLine, m.Code));
        Assert.Null(metadata.Records[0].InFavourCount);
        Assert.Equal(new DateOnly(2023, 12, 19), metadata.Records[0].AdoptionDate);
        Assert.Equal(new DateOnly(2019, 12, 12), metadata.Records[1].AdoptionDate);
    }

    [Fact]
    public void Find_PartOfAFileOfSeveralParts_FindsTheFilesRecord()
    {
        var metadata = AknMetadataReader.ReadFile(AknTestData.Fixture("metadata.jsonl"));

        Assert.Equal("A/RES/75/101 A-B", metadata.Find("A/RES/75/101 B")?.Symbol);
        Assert.Equal("A/RES/75/254 A-C", metadata.Find("A/RES/75/254 C")?.Symbol);
        Assert.Null(metadata.Find("A/RES/75/254 D"));
    }

    [Fact]
    public void Read_IctFolder_ReadsEveryFileAndOnlyTheEmptyOneFails()
    {
        var results = AknFolderReader.Read(AknTestData.IctFolder).ToList();
        var xmlFiles = Directory.GetFiles(AknTestData.IctFolder, "*.xml", SearchOption.AllDirectories);

        Assert.Equal(xmlFiles.Length + 1, results.Count);
        Assert.Equal("metadata.jsonl", results[0].SourceName);
        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("ru/A_RES_74_28.xml", failed.SourceName);
        Assert.Equal(xmlFiles.Length - 1, results.Sum(r => r.Documents.Count));
        Assert.All(results.SelectMany(r => r.Documents), d => Assert.Single(d.Votes));

        var english74_28 = results.Single(r => r.SourceName == "en/A_RES_74_28.xml").Documents.Single();
        var vote = english74_28.Votes.Single();
        Assert.Equal((VoteMode.Recorded, (int?)163, (int?)10, (int?)6), (vote.Mode, vote.Yes, vote.No, vote.Abstain));
        Assert.Equal(179, vote.CountryVotes.Count);
        Assert.DoesNotContain(english74_28.Messages, m => m.Code == AknMessageCodes.MetadataVoteMismatch);
    }

    [Fact]
    public void Read_FixturesFolder_AppliesTheCollectionRecordToEachPart()
    {
        var results = AknFolderReader.Read(AknTestData.FixturesFolder).ToList();
        var documents = results.SelectMany(r => r.Documents).ToList();

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(5, documents.Count);
        Assert.All(documents.Where(d => d.Symbol.StartsWith("A/RES/75/254", StringComparison.Ordinal)), d => Assert.Equal("A/75/PV.48 (Resumption 1)", d.MeetingRecord));
        Assert.All(documents, d => Assert.DoesNotContain(d.Messages, m => m.Code == AknMessageCodes.MetadataVoteMismatch));
    }

    [Fact]
    public void Read_MissingFolder_IsAFailedResultNotAnException()
    {
        var result = Assert.Single(AknFolderReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString())));

        Assert.False(result.Succeeded);
    }
}
