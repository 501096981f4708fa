using System.Globalization;

namespace NormsPortal.Benchmarks.Pages;

/// <summary>The page benchmark's table: each page beside the static file of the same bytes, and their ratio at the median.</summary>
internal sealed class PageBenchmarkReport(TextWriter output)
{
    public void WriteHeader(int rounds)
    {
        output.WriteLine("# Prerendered-page benchmark");
        output.WriteLine();
        output.WriteLine($"Each page and a static file holding its own HTML, {rounds} requests each, alternately, one client on loopback.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average at start {MachineLoad.Now()}.");
        output.WriteLine();
    }

    public void Write(IReadOnlyList<PageProviderRun> runs)
    {
        var table = new TextTable(
            ["provider", "page", "bytes", "elements", "page p50 ms", "page p95 ms", "static p50 ms", "static p95 ms", "page/static p50"],
            new HashSet<string> { "bytes", "elements", "page p50 ms", "page p95 ms", "static p50 ms", "static p95 ms", "page/static p50" });
        foreach (var run in runs)
        {
            if (run.Pass is not { } pass)
            {
                continue;
            }

            foreach (var (label, _, _) in PageBenchmark.Pages)
            {
                var page = pass.SummaryOf(label);
                var copy = pass.SummaryOf(PageBenchmark.StaticLabel(label));
                table.AddRow(run.Provider, label, run.Sizes[label].ToString("N0", CultureInfo.InvariantCulture),
                    run.Elements[label].ToString("N0", CultureInfo.InvariantCulture),
                    Ms(page.P50Ms), Ms(page.P95Ms), Ms(copy.P50Ms), Ms(copy.P95Ms),
                    (page.P50Ms / copy.P50Ms).ToString("F1", CultureInfo.InvariantCulture));
            }
        }

        table.Write(output);
        output.WriteLine();
        foreach (var run in runs)
        {
            RunOutcome.Write(output, run.Provider, run.LoadBefore, run.LoadAfter, run.Aborted, run.Pass);
        }
    }

    private static string Ms(double value) => LatencySummary.Milliseconds(value);
}
