using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;


namespace NormsPortal.DatabaseTests.Import;

/// <summary>The content hash tells a re-parse of the same file from a changed document.</summary>
public sealed class DocumentContentHashTests
{
    [Fact]
    public void Compute_SameContentParsedTwice_GivesTheSameHashWhateverTheParsersNotes()
    {
        var again = SampleDocuments.Resolution();
        again.Messages.Add(new ImportMessage(ImportSeverity.Repair, "joined-word", "Joined 'o f'."));

        var hash = DocumentContentHash.Compute(SampleDocuments.Resolution());

        Assert.Equal(hash, DocumentContentHash.Compute(again));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Compute_AnyStoredDetailChanged_GivesAnotherHash()
    {
        var original = DocumentContentHash.Compute(SampleDocuments.Resolution());
        var changes = new List<Action<ParsedDocument>>
        {
            d => d.Provisions[3].Children[1].Text += " ",
            d => d.Provisions[0].FootnoteMarks[0] = d.Provisions[0].FootnoteMarks[0] with { Offset = 49 },
            d => d.Votes[0] = d.Votes[0] with { Abstain = 7 },
            d => d.AdditionalSponsors.Add("Andorra"),
            d => d.Date = d.Date!.Value.AddDays(1),
            d => d.Kind = Data.Model.WorkKind.Other,
            d => d.Links.Add(new ParsedLink("pp1", 0, 5, "https://undocs.org/A/RES/73/27", "73/27")),
        };

        foreach (var change in changes)
        {
            var document = SampleDocuments.Resolution();
            change(document);
            Assert.NotEqual(original, DocumentContentHash.Compute(document));
        }
    }
}
