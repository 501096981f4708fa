using NormsPortal.Data.Corpus;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// The <c>search</c> benchmark: the corpus is parsed once, then each provider gets its own database,
/// portal process and timed passes (<see cref="SearchBenchmark"/>); the report compares them.
/// </summary>
internal static class SearchBenchmarkCommand
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var report = new SearchBenchmarkReport(Console.Out);
        report.WriteHeader(arguments.CorpusPath, arguments.Search);
        Console.Error.WriteLine("Parsing the corpus …");
        var batch = await ImportSources.ReadAsync(arguments.CorpusPath, cancellationToken);
        var benchmark = new SearchBenchmark(batch.Documents, arguments.Search, Console.Error);
        var keep = arguments.Search.KeepDatabases;

        var runs = new List<SearchProviderRun>
        {
            await RunAsync(benchmark, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(keep
                ? BenchmarkDatabase.KeptSqlite(SearchBenchmarkSettings.KeptDatabaseName)
                : BenchmarkDatabase.CreateSqlite()), cancellationToken),
        };
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(benchmark, BenchmarkDatabase.PostgresLabel, token => keep
                ? BenchmarkDatabase.KeptPostgresAsync(postgres, SearchBenchmarkSettings.KeptDatabaseName, token)
                : BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }
        else
        {
            Console.Out.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            Console.Out.WriteLine();
        }

        report.WriteSummary(runs);
        report.WriteFailures(runs);
        return runs.Any(run => run.Aborted is not null || run.Failures().Any()) ? 1 : 0;
    }

    private static async Task<SearchProviderRun> RunAsync(
        SearchBenchmark benchmark, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        var run = new SearchProviderRun(provider);
        run.Aborted = await RunOutcome.AbortedAsync(provider, () => benchmark.RunAsync(run, createDatabase, cancellationToken));
        return run;
    }
}
