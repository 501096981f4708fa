using System.Globalization;
using NormsPortal.Benchmarks.Startup;

namespace NormsPortal.Benchmarks.Circuits;

/// <summary>The <c>circuits</c> benchmark on SQLite, then on PostgreSQL when a server is given; prints Markdown for docs/benchmarks.md.</summary>
internal static class CircuitBenchmarkCommand
{
    /// <summary>The goal for an idle circuit on a norm page.</summary>
    private const double GoalKb = 300;

    /// <summary>Types listed per page when dumped: enough to see where the bytes are.</summary>
    private const int TypesShown = 40;

    private static readonly HashSet<string> Numbers = ["circuits", "live kB / circuit", "heap kB / circuit", "live MB before", "live MB after", "goal kB", "kB / circuit", "objects / circuit", "live ÷ baseline"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        output.WriteLine("# Circuit benchmark");
        output.WriteLine();
        output.WriteLine($"Per page: one circuit open, a forced full compacting collection, then {arguments.PageRounds} more idle circuits (Chromium tabs, "
            + "each waited for until interactive) and the collection again; the growth of the live managed heap divided by the circuits.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before {MachineLoad.Now()}.");
        output.WriteLine();

        // Published, so that Production serves blazor.web.js (a build output serves static files only in Development).
        using var baselineSource = arguments.Baseline is { } baseline ? await ExportedSource.ExportAsync(baseline, Console.Error, cancellationToken) : null;
        using var baselinePortal = baselineSource is null
            ? null
            : await PublishedPortal.PublishAsync(baselineSource.GitRef, [], Console.Error, cancellationToken, baselineSource.Folder.FullName);
        using var published = await PublishedPortal.PublishAsync(baselinePortal is null ? "framework-dependent" : "this", [], Console.Error, cancellationToken);
        var benchmark = new CircuitBenchmark(baselinePortal is null ? [published] : [baselinePortal, published], arguments.PageRounds, arguments.ByType, Console.Error);
        var runs = new List<CircuitProviderRun> { await RunAsync(benchmark, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()), cancellationToken) };
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(benchmark, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }
        else
        {
            output.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            output.WriteLine();
        }

        var table = new TextTable(["provider", "page", "code", "circuits", "live MB before", "live MB after", "live kB / circuit", "heap kB / circuit", "live ÷ baseline", "goal kB", "met"], Numbers);
        foreach (var run in runs)
        {
            foreach (var page in run.Pages)
            {
                table.AddRow(run.Provider, page.Label, page.Code, page.Circuits.ToString(CultureInfo.InvariantCulture),
                    Mb(page.Before.LiveBytes), Mb(page.After.LiveBytes), Kb(page.LiveKbPerCircuit), Kb(page.HeapKbPerCircuit),
                    RatioToBaseline(page, run.Pages.First(baseline => baseline.Label == page.Label)),
                    Kb(GoalKb), page.LiveKbPerCircuit <= GoalKb ? "yes" : "no");
            }
        }

        table.Write(output);
        output.WriteLine();
        foreach (var run in runs)
        {
            RunOutcome.Write(output, run.Provider, run.LoadBefore, run.LoadAfter, run.Aborted, pass: null);
        }

        foreach (var run in runs)
        {
            foreach (var page in run.Pages.Where(p => p.ByType.Count > 0))
            {
                output.WriteLine();
                output.WriteLine($"## {run.Provider}, {page.Label}, {page.Code}: what one circuit adds, by type (gcdump, top {TypesShown})");
                output.WriteLine();
                var types = new TextTable(["type", "kB / circuit", "objects / circuit"], Numbers);
                foreach (var type in page.ByType.Take(TypesShown))
                {
                    types.AddRow(type.Type.Replace("|", "\\|", StringComparison.Ordinal), Kb(type.Bytes / 1024.0 / page.Circuits),
                        (type.Count / (double)page.Circuits).ToString("F0", CultureInfo.InvariantCulture));
                }

                types.Write(output);
            }
        }

        return runs.Any(run => run.Aborted is not null) ? 1 : 0;
    }

    private static async Task<CircuitProviderRun> RunAsync(
        CircuitBenchmark benchmark, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        var run = new CircuitProviderRun(provider);
        run.Aborted = await RunOutcome.AbortedAsync(provider, () => benchmark.RunAsync(run, createDatabase, cancellationToken));
        return run;
    }

    /// <summary>The page's live kB per circuit against the first code measured on it (the baseline, with --baseline).</summary>
    private static string RatioToBaseline(CircuitPageResult page, CircuitPageResult baseline) =>
        ReferenceEquals(page, baseline) ? "1.00" : (page.LiveKbPerCircuit / baseline.LiveKbPerCircuit).ToString("F2", CultureInfo.InvariantCulture);

    private static string Kb(double kilobytes) => kilobytes.ToString("F0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);
}
