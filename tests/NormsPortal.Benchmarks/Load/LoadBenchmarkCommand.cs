using System.Globalization;

namespace NormsPortal.Benchmarks.Load;

/// <summary>The <c>load</c> benchmark on SQLite, then on PostgreSQL when a server is given; prints Markdown for docs/benchmarks.md.</summary>
internal static class LoadBenchmarkCommand
{
    private static readonly string[] s_actions = ["open", "norm", "document", "search", "cross-reference"];

    private static readonly HashSet<string> s_numbers =
    [
        "steps", "p50 ms", "p95 ms", "p99 ms", "max ms", "steps / s", "circuits", "open at end", "errors", "peak working set MB",
        "live heap MB", "heap MB", "CPU s", "wall s", "cores busy", "of machine",
    ];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var settings = arguments.Load;
        var output = Console.Out;
        output.WriteLine("# Load benchmark: circuits browsing");
        output.WriteLine();
        output.WriteLine($"{settings.Circuits} circuits opened over {settings.RampSeconds} s, then {settings.DurationSeconds} s more of browsing; each reader "
            + $"pauses {settings.ThinkMilliseconds / 2} to {settings.ThinkMilliseconds * 3 / 2} ms between steps and loops norm → document → search → "
            + $"cross-reference. Blazor Server's protocol over the .NET SignalR client; a step is timed from its request to the render batch that "
            + $"carries its page, and fails after {LoadBenchmarkSettings.StepTimeout.TotalSeconds:F0} s.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before {MachineLoad.Now()}.");
        output.WriteLine();

        var benchmark = new LoadBenchmark(settings, Console.Error);
        var runs = new List<LoadProviderRun> { await RunAsync(benchmark, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()), cancellationToken) };
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(benchmark, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }
        else
        {
            output.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            output.WriteLine();
        }

        var latencies = new TextTable(["provider", "action", "steps", "p50 ms", "p95 ms", "p99 ms", "max ms", "steps / s"], s_numbers);
        foreach (var run in runs)
        {
            foreach (var action in s_actions.Where(run.Latencies.ContainsKey))
            {
                var wall = TimeSpan.FromSeconds(settings.RampSeconds + settings.DurationSeconds);
                var summary = LatencySummary.Of(run.Latencies[action], wall);
                latencies.AddRow(run.Provider, action, summary.Count.ToString(CultureInfo.InvariantCulture), LatencySummary.Milliseconds(summary.P50Ms),
                    LatencySummary.Milliseconds(summary.P95Ms), LatencySummary.Milliseconds(summary.P99Ms), LatencySummary.Milliseconds(summary.MaxMs),
                    summary.RequestsPerSecond.ToString("F1", CultureInfo.InvariantCulture));
            }
        }

        latencies.Write(output);
        output.WriteLine();
        var server = new TextTable(
            ["provider", "circuits", "open at end", "errors", "peak working set MB", "live heap MB", "heap MB", "CPU s", "wall s", "cores busy", "of machine"], s_numbers);
        foreach (var run in runs)
        {
            var coresBusy = run.SteadyWallTime > TimeSpan.Zero ? run.SteadyCpuTime / run.SteadyWallTime : 0;
            server.AddRow(run.Provider, run.CircuitsOpened.ToString(CultureInfo.InvariantCulture),
                run.HeapAtEnd?.OpenCircuits.ToString(CultureInfo.InvariantCulture) ?? "n/a",
                run.Errors.Values.Sum().ToString(CultureInfo.InvariantCulture), Mb(run.PeakWorkingSetBytes),
                run.HeapAtEnd is { } heap ? Mb(heap.LiveBytes) : "n/a", run.HeapAtEnd is { } sized ? Mb(sized.HeapSizeBytes) : "n/a",
                run.SteadyCpuTime.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), run.SteadyWallTime.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
                coresBusy.ToString("F2", CultureInfo.InvariantCulture), (coresBusy / Environment.ProcessorCount).ToString("P0", CultureInfo.InvariantCulture));
        }

        server.Write(output);
        output.WriteLine();
        output.WriteLine("CPU: the portal process's CPU time ÷ wall time from the moment every circuit was open to the end of browsing (cores busy); "
            + "working set sampled every second; heap read at the end with every circuit still open, after a forced full collection.");
        output.WriteLine();
        foreach (var run in runs)
        {
            RunOutcome.Write(output, run.Provider, run.LoadBefore, run.LoadAfter, run.Aborted, pass: null);
            foreach (var (kind, count) in run.Errors.OrderByDescending(error => error.Value))
            {
                output.WriteLine($"{run.Provider}: ERROR ×{count} {kind}: {run.ErrorExamples[kind]}");
            }

            foreach (var line in run.PortalErrors)
            {
                output.WriteLine($"{run.Provider}: portal logged: {line}");
            }
        }

        return runs.Any(run => run.Aborted is not null || !run.Errors.IsEmpty) ? 1 : 0;
    }

    private static async Task<LoadProviderRun> RunAsync(
        LoadBenchmark benchmark, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        var run = new LoadProviderRun(provider);
        run.Aborted = await RunOutcome.AbortedAsync(provider, () => benchmark.RunAsync(run, createDatabase, cancellationToken));
        return run;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
}
