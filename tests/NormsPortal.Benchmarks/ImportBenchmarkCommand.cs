namespace NormsPortal.Benchmarks;

/// <summary>The <c>import</c> benchmark on SQLite (unless PostgreSQL alone is asked for), then on PostgreSQL when a server is given.</summary>
internal static class ImportBenchmarkCommand
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var report = new BenchmarkReport(Console.Out);
        report.WriteHeader(arguments.CorpusPath);
        var runs = new List<ProviderRun>();
        if (!arguments.PostgresOnly)
        {
            runs.Add(await RunAsync(
                arguments, report, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()),
                _ => Task.FromResult(BenchmarkDatabase.CreateSqlite(rollbackJournal: true)), cancellationToken));
        }

        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(arguments, report, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), createBeforeDatabase: null, cancellationToken));
        }
        else
        {
            Console.Out.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            Console.Out.WriteLine();
        }

        report.WriteSummary(runs);
        report.WriteFailures(runs);
        return runs.Any(run => run.Failures().Any()) ? 1 : 0;
    }

    private static async Task<ProviderRun> RunAsync(
        BenchmarkArguments arguments, BenchmarkReport report, string provider,
        Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase,
        Func<CancellationToken, Task<BenchmarkDatabase>>? createBeforeDatabase, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"{provider}: running …");
        var run = new ProviderRun(provider);
        try
        {
            await new ImportBenchmark(arguments.CorpusPath, createDatabase, Console.Error, createBeforeDatabase).RunAsync(run, cancellationToken);
        }
        // A server that refuses, a crash in a step: that provider's run failed, the report still comes.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            run.Aborted = RunOutcome.Describe(exception);
        }

        report.WriteProvider(run);
        return run;
    }
}
