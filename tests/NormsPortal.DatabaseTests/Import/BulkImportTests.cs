using System.Diagnostics;
using System.Globalization;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.TestSupport;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>
/// A synthetic corpus of the size given in <see cref="DocumentCountVariable"/> (1500 is the bulk
/// corpus's size) imports completely and re-imports unchanged; the timings are printed, not asserted
/// (speed is measured by tests/NormsPortal.Benchmarks). Skipped without the variable, as it takes a while.
/// </summary>
public sealed class BulkImportTests
{
    public const string DocumentCountVariable = "NORMSPORTAL_TEST_BULK_IMPORT";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportMany_SyntheticCorpus_ImportsAllAndReimportsUnchanged(DatabaseKind kind)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable(DocumentCountVariable), CultureInfo.InvariantCulture, out var n) ? n : 0;
        Assert.SkipWhen(count <= 0, $"Set {DocumentCountVariable} to a number of documents (1500) to time a bulk import.");
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        var corpus = Enumerable.Range(1, count).Select(Synthetic).ToList();

        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        var first = Stopwatch.StartNew();
        var imported = await importer.ImportManyAsync(corpus, cancellationToken: Cancel);
        first.Stop();
        processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
        var second = Stopwatch.StartNew();
        var reimported = await importer.ImportManyAsync(Enumerable.Range(1, count).Select(Synthetic), cancellationToken: Cancel);
        second.Stop();

        var counts = DatabaseSnapshot.Counts(await Stored.SnapshotAsync(database));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}: {count} documents ({counts["provision"]} provisions, {counts["country"]} States' votes) imported in {first.Elapsed.TotalSeconds:F1} s ({processorTime.TotalSeconds:F1} s of processor time in this process; machine load {LoadAverage()}), re-imported unchanged in {second.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(count, imported.Imported);
        Assert.Equal(count, reimported.Unchanged);
        Assert.Equal(count * 40, counts["provision"]);
    }

    /// <summary>A resolution shaped like the corpus's: 10 preambular paragraphs, 20 operative with 8 items, 2 footnotes; every third with a recorded vote.</summary>
    private static ParsedDocument Synthetic(int number)
    {
        var symbol = string.Create(CultureInfo.InvariantCulture, $"A/RES/{74 + (number % 5)}/{number}");
        var document = new ParsedDocument
        {
            Symbol = symbol,
            Language = "en",
            SourceName = symbol.Replace('/', '_') + ".xml",
            SourceFormat = "akn",
            Kind = WorkKind.GaResolution,
            Title = $"Synthetic resolution {number} on a subject of international concern",
            Body = "General Assembly",
            Committee = "Third Committee",
            AgendaItem = (number % 150).ToString(CultureInfo.InvariantCulture),
            Session = 74 + (number % 5),
            Date = new DateOnly(2019, 12, 18).AddDays(number % 300),
            DraftSymbol = string.Create(CultureInfo.InvariantCulture, $"A/C.3/{74 + (number % 5)}/L.{number}"),
            CommitteeReport = string.Create(CultureInfo.InvariantCulture, $"A/{74 + (number % 5)}/{400 + (number % 90)}"),
            Meeting = "50th plenary meeting",
            AdoptionMode = number % 3 == 0 ? "By a recorded vote" : "Without a vote",
        };
        document.Sponsors.AddRange(Enumerable.Range(1, 12).Select(i => $"Member State {i}"));
        document.AdditionalSponsors.AddRange(Enumerable.Range(13, 8).Select(i => $"Member State {i}"));
        document.Votes.Add(number % 3 == 0
            ? new ParsedVote { Mode = VoteMode.Recorded, Yes = 150, No = 10, Abstain = 20, CountryVotes = [.. Enumerable.Range(1, 193).Select(i => new ParsedCountryVote($"Member State {i}", (CountryVoteChoice)(i % 3)))] }
            : new ParsedVote { Mode = VoteMode.WithoutVote });

        for (var i = 1; i <= 10; i++)
        {
            document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Preamble, Anchor = $"pp{i}", Text = Sentence(number, i) });
        }

        for (var i = 1; i <= 20; i++)
        {
            var paragraph = new ParsedProvision { Kind = ProvisionKind.Operative, Number = $"{i}", Anchor = $"op{i}", Text = Sentence(number, 10 + i) };
            if (i <= 2)
            {
                foreach (var letter in "abcd")
                {
                    paragraph.Children.Add(new ParsedProvision { Kind = ProvisionKind.Item, Number = $"({letter})", Anchor = $"op{i}{letter}", Text = Sentence(number, 40 + letter) });
                }
            }

            document.Provisions.Add(paragraph);
        }

        document.Provisions[0].FootnoteMarks.Add(new ParsedFootnoteMark(30, "fn1"));
        document.Provisions[12].FootnoteMarks.Add(new ParsedFootnoteMark(45, "fn2"));
        document.Footnotes.Add(new ParsedProvision { Kind = ProvisionKind.Footnote, Number = "1", Anchor = "fn1", Text = "Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 1." });
        document.Footnotes.Add(new ParsedProvision { Kind = ProvisionKind.Footnote, Number = "2", Anchor = "fn2", Text = "See A/74/123." });
        return document;
    }

    // Timings on a shared machine mean little without it; Linux only, and only for the message.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Sentence(int document, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"Paragraph {paragraph} of synthetic document {document}, recalling its earlier resolutions on the subject and the relevant reports of the Secretary-General, and calling upon all States to continue their cooperation in good faith,");
}
