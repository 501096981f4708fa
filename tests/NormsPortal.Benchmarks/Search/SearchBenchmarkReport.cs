using System.Globalization;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// Prints the search benchmark's tables in Markdown, ready for docs/benchmarks.md: the databases,
/// latency per pass, latency per query category, and the API against its own SQL with the goals.
/// </summary>
internal sealed class SearchBenchmarkReport(TextWriter output)
{
    /// <summary>The issue's goals on a two-core machine (issue 15, item 3).</summary>
    public const double GoalP95Milliseconds = 20;
    public const double GoalMedianRatio = 1.15;

    private static readonly HashSet<string> _numbers =
        ["works", "index rows", "import s", "seed s", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "API p50 ms", "SQL p50 ms", "ratio", "queries", "rounds", "round ratios: median", "min", "max"];

    public void WriteHeader(string corpusPath, SearchBenchmarkSettings settings)
    {
        output.WriteLine("# Search benchmark");
        output.WriteLine();
        output.WriteLine($"Corpus: {corpusPath}, plus the corpus the portal ships. {SearchQuerySet.All.Count} queries "
            + $"({string.Join(", ", SearchQuerySet.All.GroupBy(q => q.Category).Select(g => $"{g.Count()} {g.Key}"))}), "
            + $"{settings.Rounds} rounds per timed pass, {settings.Clients} clients in the concurrent pass, "
            + $"{settings.RatioRounds} rounds of the API and its SQL interleaved query by query for the ratio.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        output.WriteLine();
    }

    public void WriteSummary(IReadOnlyList<SearchProviderRun> runs)
    {
        var databases = new TextTable(["provider", "works", "index rows", "import s", "seed s", "load before", "load after"], _numbers);
        foreach (var run in runs)
        {
            databases.AddRow(run.Provider, Number(run.Works), Number(run.SearchEntries), run.Reused ? "kept" : Seconds(run.ImportTime), run.Reused ? "kept" : Seconds(run.SeedTime), run.LoadBefore, run.LoadAfter);
        }

        Section("Databases", databases);

        var passes = new TextTable(["provider", "pass", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s"], _numbers);
        foreach (var run in runs)
        {
            foreach (var pass in run.Passes.Concat(new[] { run.ApiAgainstSql?.Api, run.ApiAgainstSql?.Sql }.OfType<TimedPass>()))
            {
                var summary = pass.Summary();
                passes.AddRow(run.Provider, pass.Label, Number(summary.Count), Ms(summary.P50Ms), Ms(summary.P95Ms), Ms(summary.P99Ms),
                    Ms(summary.MaxMs), summary.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture));
            }
        }

        Section("Latency per pass", passes);

        var categories = new TextTable(["provider", "category", "queries", "p50 ms", "p95 ms", "max ms"], _numbers);
        foreach (var run in runs)
        {
            if (run.Passes.FirstOrDefault(pass => pass.Clients == 1) is not { } oneClient)
            {
                continue;
            }

            foreach (var category in SearchQuerySet.All.Select(q => q.Category).Distinct())
            {
                var summary = oneClient.SummaryOf(category);
                categories.AddRow(run.Provider, category, Number(summary.Count), Ms(summary.P50Ms), Ms(summary.P95Ms), Ms(summary.MaxMs));
            }
        }

        Section("API at one client, by query category", categories);

        var goals = new TextTable(["provider", "API p95 ms", "goal p95", "API p50 ms", "SQL p50 ms", "ratio", "goal ratio", "rounds", "round ratios: median", "min", "max"], _numbers);
        foreach (var run in runs)
        {
            if (run.Passes.FirstOrDefault(pass => pass.Clients == 1) is not { } oneClient || run.ApiAgainstSql is not { } againstSql)
            {
                continue;
            }

            var p95 = oneClient.Summary().P95Ms;
            var ratio = againstSql.Ratio;
            var rounds = againstSql.RoundRatios.Order().ToList();
            goals.AddRow(run.Provider, Ms(p95), Verdict(p95 <= GoalP95Milliseconds, "≤ 20"), Ms(againstSql.Api.Summary().P50Ms), Ms(againstSql.Sql.Summary().P50Ms),
                Ratio(ratio), Verdict(ratio <= GoalMedianRatio, "≤ 1.15"), Number(rounds.Count), Ratio(rounds[(rounds.Count - 1) / 2]), Ratio(rounds[0]), Ratio(rounds[^1]));
        }

        Section("Goals: p95 at one client, and the API against its own SQL at the median", goals);
        output.WriteLine("The ratio is the API's median over its statement's, each query sent to both one right after the other; "
            + "the round ratios are the same within each round (the lower median of them, and their range): how far one round's ratio strays.");
        output.WriteLine();
    }

    public void WriteFailures(IReadOnlyList<SearchProviderRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Aborted is not null)
            {
                output.WriteLine($"{run.Provider}: ABORTED: {run.Aborted}");
            }

            foreach (var failure in run.Failures().DistinctBy(f => f.Failure).Take(20))
            {
                output.WriteLine($"{run.Provider}: FAILED [{failure.Request.Category}] {failure.Request.Text}: {failure.Failure}");
            }
        }
    }

    private void Section(string title, TextTable table)
    {
        output.WriteLine($"## {title}");
        output.WriteLine();
        table.Write(output);
        output.WriteLine();
    }

    private static string Verdict(bool met, string goal) => met ? $"met ({goal})" : $"MISSED ({goal})";

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Ms(double value) => LatencySummary.Milliseconds(value);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
}
