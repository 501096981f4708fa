using System.Globalization;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>
/// The <c>startup</c> benchmark: the portal published ReadyToRun per assembly, without ReadyToRun, and self-contained
/// with the runtime in one composite ReadyToRun image (as the container image publishes it), and with <c>--baseline</c> a git ref published
/// ReadyToRun too (the first variant then, the ratios' denominator), each started on a seeded database, the ReadyToRun
/// publish also without the corpus check; SQLite, then PostgreSQL when a server is given. Prints Markdown for
/// docs/benchmarks.md.
/// </summary>
internal static class StartupBenchmarkCommand
{
    /// <summary>The goal: start to first page.</summary>
    private const double GoalSeconds = 3;

    /// <summary>ReadyToRun per assembly, framework-dependent, for the machine's architecture: the quicker publish.</summary>
    private static readonly string[] ReadyToRunOptions = ["-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true"];

    /// <summary>
    /// How deploy/Dockerfile and docs/deployment.md publish the portal: the runtime, the framework and the portal
    /// compiled into one ReadyToRun image: what the framework's generic code
    /// does with the portal's and its packages' types (async state machines, collections, Npgsql's type mappings) is
    /// compiled ahead of time too, which ReadyToRun per assembly cannot do across assemblies that version apart.
    /// </summary>
    private static readonly string[] CompositeOptions = ["-r", "linux-x64", "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true"];

    private static readonly HashSet<string> Numbers = ["starts", "p50 s", "p95 s", "max s", "÷ first p50", "goal s"];
    private static readonly HashSet<string> PhaseNumbers = ["p50 ms", "p95 ms"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        output.WriteLine("# Start-up benchmark");
        output.WriteLine();
        output.WriteLine($"Process start to the first 200 of {StartupBenchmark.FirstPage}, Production, on a database that holds the shipped corpus; "
            + $"{arguments.PageRounds} rounds, the variants in turn within each round.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before {MachineLoad.Now()}.");
        output.WriteLine();

        using var baselineSource = arguments.Baseline is { } baseline ? await ExportedSource.ExportAsync(baseline, Console.Error, cancellationToken) : null;
        using var baselinePortal = baselineSource is null
            ? null
            : await PublishedPortal.PublishAsync($"{baselineSource.GitRef}, ReadyToRun", ReadyToRunOptions, Console.Error, cancellationToken, baselineSource.Folder.FullName);
        using var readyToRun = await PublishedPortal.PublishAsync("ReadyToRun", ReadyToRunOptions, Console.Error, cancellationToken);
        using var jit = await PublishedPortal.PublishAsync("without ReadyToRun", [], Console.Error, cancellationToken);
        using var composite = await PublishedPortal.PublishAsync("self-contained, composite ReadyToRun", CompositeOptions, Console.Error, cancellationToken);
        var defaults = new Dictionary<string, string>();
        var variants = new List<StartupVariant>();
        if (baselinePortal is not null)
        {
            variants.Add(new($"{baselinePortal.Label}", baselinePortal, defaults));
        }

        variants.AddRange(
        [
            new("published (ReadyToRun)", readyToRun, defaults),
            new("published without ReadyToRun", jit, defaults),
            new("published self-contained, composite ReadyToRun", composite, defaults),
            new("published, no corpus check", readyToRun, new Dictionary<string, string> { ["Corpus__SeedOnStartup"] = "false" }),
        ]);

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
        WritePhases(output, runs);
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

    /// <summary>Where each variant's start went, phase by phase, as the portal logged it (p50 of each phase's duration).</summary>
    private static void WritePhases(TextWriter output, IReadOnlyList<StartupProviderRun> runs)
    {
        var phases = new TextTable(["provider", "variant", "phase", "p50 ms", "p95 ms"], PhaseNumbers);
        foreach (var run in runs)
        {
            foreach (var ((variant, phase), durations) in run.Phases)
            {
                var summary = LatencySummary.Of(durations, TimeSpan.FromSeconds(1));
                phases.AddRow(run.Provider, variant, phase, Whole(summary.P50Ms), Whole(summary.P95Ms));
            }
        }

        output.WriteLine("Start-up phases (each phase ends where the named work is done; logged by the portal's start-up timeline):");
        output.WriteLine();
        phases.Write(output);
        output.WriteLine();
    }

    private static string Whole(double milliseconds) => milliseconds.ToString("F0", CultureInfo.InvariantCulture);

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("F2", CultureInfo.InvariantCulture);
}
