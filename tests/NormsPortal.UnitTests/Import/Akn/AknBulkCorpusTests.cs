using System.Diagnostics;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>
/// Every AKN file of a folder given in NORMSPORTAL_AKN_BULK (the ~1,650 English resolutions of
/// sessions 74–78, ga-en/&lt;session&gt;/) parses without a failure. Skipped when the variable is not set.
/// </summary>
public sealed class AknBulkCorpusTests(ITestOutputHelper output)
{
    public const string FolderVariable = "NORMSPORTAL_AKN_BULK";

    [Fact]
    public void Read_BulkCorpus_ParsesEveryFileWithoutFailure()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        Assert.SkipUnless(!string.IsNullOrWhiteSpace(folder), $"Set {FolderVariable} to a folder of AKN files to run this test.");

        var stopwatch = Stopwatch.StartNew();
        var results = AknFolderReader.Read(folder!).ToList();
        stopwatch.Stop();

        var documents = results.SelectMany(r => r.Documents).ToList();
        var failures = results.Where(r => !r.Succeeded).Select(r => $"{r.SourceName}: {string.Join(" / ", r.AllMessages().Where(m => m.Severity == ImportSeverity.Error).Select(m => m.Text))}").ToList();
        var warnings = results.SelectMany(r => r.AllMessages()).GroupBy(m => m.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}");
        output.WriteLine($"{results.Count} files, {documents.Count} documents, {documents.Sum(d => d.AllProvisions().Count())} provisions in {stopwatch.Elapsed.TotalSeconds:0.00} s: {documents.Count / stopwatch.Elapsed.TotalSeconds:0} documents per second.");
        output.WriteLine("Messages: " + string.Join(", ", warnings));

        Assert.Empty(failures);
        Assert.NotEmpty(documents);
        Assert.All(documents, d =>
        {
            var anchors = d.AllProvisions().Select(p => p.Anchor).ToList();
            Assert.All(anchors, a => Assert.True(ProvisionAnchor.IsValid(a), $"{d.SourceName}: {a}"));
            Assert.Equal(anchors.Count, anchors.Distinct().Count());
        });
    }
}
