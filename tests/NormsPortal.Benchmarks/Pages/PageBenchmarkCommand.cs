namespace NormsPortal.Benchmarks.Pages;

/// <summary>The <c>pages</c> benchmark on SQLite, then on PostgreSQL when a server is given.</summary>
internal static class PageBenchmarkCommand
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var report = new PageBenchmarkReport(Console.Out);
        report.WriteHeader(arguments.PageRounds);
        var benchmark = new PageBenchmark(arguments.PageRounds, Console.Error);
        var runs = new List<PageProviderRun>
        {
            await RunAsync(benchmark, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()), cancellationToken),
        };
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(benchmark, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }

        report.Write(runs);
        return runs.Any(run => run.Aborted is not null || run.Pass is null || run.Pass.Failures.Any()) ? 1 : 0;
    }

    private static async Task<PageProviderRun> RunAsync(
        PageBenchmark benchmark, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        var run = new PageProviderRun(provider);
        run.Aborted = await RunOutcome.AbortedAsync(provider, () => benchmark.RunAsync(run, createDatabase, cancellationToken));
        return run;
    }
}
