using System.Diagnostics;
using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Symbols;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>
/// The extractor over every paragraph of the ICT resolutions shipped as seed data (and, when
/// <c>NORMSPORTAL_GA_CORPUS</c> names a folder of English AKN files, over that corpus): no target is a
/// year or a malformed symbol, the UN's own links are found from the words alone, and it is fast.
/// </summary>
public sealed partial class IctParagraphSweepTests(ITestOutputHelper output)
{
    private const string CorpusVariable = "NORMSPORTAL_GA_CORPUS";

    private static IEnumerable<(string File, string Text, List<ParsedLink> Links)> IctParagraphs(string language) =>
        SeedDataFiles.IctFiles(language).SelectMany(file => SeedDataFiles.AknParagraphs(file).Select(p => (file, p.Text, p.Links)));

    private static IEnumerable<(string File, string Text, List<ParsedLink> Links)> EnglishIctParagraphs() => IctParagraphs("en");

    private static ReferenceContext ContextFor(string file, string language = "en") => new(UnSymbol.FromFileName(file), language);

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void Extract_EveryIctParagraphWithItsLinks_TargetsOnlyWellFormedSymbols(string language)
    {
        var paragraphs = IctParagraphs(language).ToList();
        Assert.True(paragraphs.Count > 800, "The seed data holds the ICT resolutions in six languages.");

        var references = 0;
        foreach (var (file, text, links) in paragraphs)
        {
            foreach (var reference in CrossReferenceExtractor.Extract(text, links, ContextFor(file, language)))
            {
                AssertWellFormed(text, reference);
                references++;
            }
        }

        Assert.True(references > 250, $"Found {references} references.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Extract_EveryIctParagraph_FindsTheUnsLinksFromTheWordsAlone(string language)
    {
        var (links, missed) = CompareWithLinks(IctParagraphs(language), language);

        Assert.True(links > 300, $"Compared {links} links.");
        Assert.Empty(missed);
    }

    [Fact]
    public void Extract_BulkCorpus_TargetsOnlyWellFormedSymbols()
    {
        var folder = Environment.GetEnvironmentVariable(CorpusVariable);
        Assert.SkipWhen(string.IsNullOrEmpty(folder) || !Directory.Exists(folder), $"Set {CorpusVariable} to a folder of English AKN files to run this.");

        var paragraphs = Directory.EnumerateFiles(folder!, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => SeedDataFiles.AknParagraphs(file).Select(p => (file, p.Text, p.Links)))
            .ToList();
        var references = 0;
        var watch = Stopwatch.StartNew();
        foreach (var (file, text, links) in paragraphs)
        {
            foreach (var reference in CrossReferenceExtractor.Extract(text, links, new ReferenceContext("A/RES/0/0", "en")))
            {
                AssertWellFormed(text, reference);
                references++;
            }
        }

        watch.Stop();
        var (linkCount, missed) = CompareWithLinks(paragraphs, "en");
        output.WriteLine($"{paragraphs.Count:N0} paragraphs, {references:N0} references in {watch.Elapsed.TotalSeconds:N1} s");
        output.WriteLine($"{linkCount:N0} UN links, {missed.Count:N0} not found from the words alone");
        // Where the words name another document than the UN's link, first: one of the two is wrong.
        foreach (var miss in missed.OrderBy(m => m.Contains("words: nothing", StringComparison.Ordinal)).Take(300))
        {
            output.WriteLine(miss);
        }
    }

    /// <summary>
    /// For every link the UN marked up to a document, whether extraction from the words alone found a
    /// reference over it to the same document (or a part of it).
    /// </summary>
    private static (int Links, List<string> Missed) CompareWithLinks(
        IEnumerable<(string File, string Text, List<ParsedLink> Links)> paragraphs, string language)
    {
        var compared = 0;
        var missed = new List<string>();
        foreach (var (file, text, links) in paragraphs)
        {
            var found = CrossReferenceExtractor.Extract(text, ContextFor(file, language));
            foreach (var link in links)
            {
                // The link alone, over its own words, says where it points.
                var linked = CrossReferenceExtractor.Extract(link.Text, [link with { Start = 0 }], new ReferenceContext("X/0", "xx"));
                if (linked.Count == 0)
                {
                    continue;
                }

                compared++;
                var target = linked[0].TargetSymbol;
                var overlapping = found.Where(r => r.Start < link.Start + link.Length && link.Start < r.End).ToList();
                var covered = overlapping.Any(r => r.TargetSymbol == target || r.TargetSymbol.StartsWith(target + " ", StringComparison.Ordinal));
                if (!covered)
                {
                    var words = overlapping.Count == 0 ? "nothing" : string.Join(", ", overlapping.Select(r => r.TargetSymbol));
                    missed.Add($"{Path.GetFileName(file)}: ⟦{link.Text}⟧ → {target}, words: {words}, in “{Around(text, link.Start)}”");
                }
            }
        }

        return (compared, missed);
    }

    private static string Around(string text, int position)
    {
        var start = Math.Max(0, position - 60);
        return text.Substring(start, Math.Min(text.Length, position + 60) - start).ReplaceLineEndings(" ");
    }

    private static void AssertWellFormed(string text, ExtractedReference reference)
    {
        var target = reference.TargetSymbol;
        Assert.Equal(text.Substring(reference.Start, reference.Length), reference.MatchedText);
        Assert.DoesNotMatch(BareNumber(), target);
        Assert.Matches(WellFormedSymbol(), target);
        Assert.Equal(UnSymbol.Normalise(target), target);
        Assert.True(reference.TargetAnchor is null || ProvisionAnchor.IsValid(reference.TargetAnchor), $"Anchor {reference.TargetAnchor}");
    }

    [GeneratedRegex(@"^[\d\s/()]*$")]
    private static partial Regex BareNumber();

    // Capital letters, slash-separated parts, then at most a part letter or a (year) / (Roman session).
    [GeneratedRegex(@"^[A-Z]{1,8}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*(?: \((?:Sect\.|Part|Vol\.) [0-9IVX]+\))?)+(?: [A-Z])?(?: \((?:(?:19|20)\d{2}|(?:E?S-)?[IVXLC]+)\))?$")]
    private static partial Regex WellFormedSymbol();
}
