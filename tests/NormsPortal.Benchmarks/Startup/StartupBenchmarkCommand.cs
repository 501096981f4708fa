using System.Globalization;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>
/// The <c>startup</c> benchmark: the portal published twice (framework-dependent, and with ReadyToRun), and each
/// started on a seeded database with the default start-up work and without the corpus check, after a baseline whose
/// corpus check parses every file (the stored fingerprint of the last load deleted before each of its starts); SQLite, then
/// PostgreSQL when a server is given. Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class StartupBenchmarkCommand
{
    /// <summary>The goal: start to first page.</summary>
    private const double GoalSeconds = 3;

    private static readonly HashSet<string> Numbers = ["starts", "p50 s", "p95 s", "max s", "÷ first p50", "goal s"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        output.WriteLine("# Start-up benchmark");
        output.WriteLine();
        output.WriteLine($"Process start to the first 200 of {StartupBenchmark.FirstPage}, Production, on a database that holds the shipped corpus; "
            + $"{arguments.PageRounds} rounds, the variants in turn within each round.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before {MachineLoad.Now()}.");
        output.WriteLine();

        using var jit = await PublishedPortal.PublishAsync("framework-dependent", [], Console.Error, cancellationToken);
        using var readyToRun = await PublishedPortal.PublishAsync("ReadyToRun", ["-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true"], Console.Error, cancellationToken);
        var defaults = new Dictionary<string, string>();
        var withoutCorpusCheck = new Dictionary<string, string> { ["Corpus__SeedOnStartup"] = "false" };
        StartupVariant[] variants =
        [
            new("published, corpus parsed (fingerprint forgotten)", jit, defaults, CorpusLoadForgotten: true),
            new("published", jit, defaults),
            new("published, ReadyToRun", readyToRun, defaults),
            new("published, no corpus check", jit, withoutCorpusCheck),
            new("published, ReadyToRun, no corpus check", readyToRun, withoutCorpusCheck),
        ];

        var benchmark = new StartupBenchmark(arguments.PageRounds, Console.Error);
        var runs = new List<StartupProviderRun> { await RunAsync(benchmark, variants, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()), cancellationToken) };
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(benchmark, variants, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }
        else
        {
            output.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            output.WriteLine();
        }

        var table = new TextTable(["provider", "variant", "starts", "p50 s", "p95 s", "max s", "÷ first p50", "goal s", "met"], Numbers);
        foreach (var run in runs.Where(r => r.Starts.Count > 0))
        {
            var first = LatencySummary.Of(run.Starts[variants[0].Label], TimeSpan.FromSeconds(1));
            foreach (var (label, starts) in run.Starts)
            {
                var summary = LatencySummary.Of(starts, TimeSpan.FromSeconds(1));
                table.AddRow(run.Provider, label, summary.Count.ToString(CultureInfo.InvariantCulture), Seconds(summary.P50Ms), Seconds(summary.P95Ms), Seconds(summary.MaxMs),
                    (summary.P50Ms / first.P50Ms).ToString("F2", CultureInfo.InvariantCulture), Seconds(GoalSeconds * 1000), summary.P95Ms <= GoalSeconds * 1000 ? "yes" : "no");
            }
        }

        table.Write(output);
        output.WriteLine();
        foreach (var run in runs)
        {
            RunOutcome.Write(output, run.Provider, run.LoadBefore, run.LoadAfter, run.Aborted, pass: null);
        }

        return runs.Any(r => r.Aborted is not null) ? 1 : 0;
    }

    private static async Task<StartupProviderRun> RunAsync(
        StartupBenchmark benchmark, IReadOnlyList<StartupVariant> variants, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"{provider}: running …");
        var run = new StartupProviderRun(provider);
        try
        {
            await benchmark.RunAsync(run, createDatabase, variants, cancellationToken);
        }
        // A server that refuses, a portal that does not start: that provider's run failed, the report still comes.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            run.Aborted = RunOutcome.Describe(exception);
        }

        return run;
    }

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("F2", CultureInfo.InvariantCulture);
}
