using NormsPortal.Benchmarks;

// The bulk-import benchmark (docs/benchmarks.md).
// Exit codes: 0 all passed, 1 something failed, 2 bad arguments, 130 cancelled (Ctrl-C).
var arguments = BenchmarkArguments.Parse(args, Environment.GetEnvironmentVariable(BenchmarkArguments.PostgresVariable), out var error);
if (arguments is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine();
    Console.Error.WriteLine(BenchmarkArguments.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl-C stops the run instead of killing the process, so its databases are still removed.
    e.Cancel = true;
    cancellation.Cancel();
};

var report = new BenchmarkReport(Console.Out);
report.WriteHeader(arguments.CorpusPath);
var runs = new List<ProviderRun>();
try
{
    runs.Add(await RunAsync(BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite())));
    if (arguments.PostgresConnectionString is { } postgres)
    {
        runs.Add(await RunAsync(BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token)));
    }
    else
    {
        Console.Out.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
        Console.Out.WriteLine();
    }
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}

report.WriteSummary(runs);
report.WriteFailures(runs);
return runs.Any(run => run.Failures().Any()) ? 1 : 0;

async Task<ProviderRun> RunAsync(string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase)
{
    Console.Error.WriteLine($"{provider}: running …");
    var run = new ProviderRun(provider);
    try
    {
        await new ImportBenchmark(arguments.CorpusPath, createDatabase, Console.Error).RunAsync(run, cancellation.Token);
    }
    // A server that refuses, a crash in a step: that provider's run failed, the report still comes.
    catch (Exception exception) when (exception is not OperationCanceledException)
    {
        run.Aborted = $"{exception.GetType().Name}: {exception.Message}";
    }

    report.WriteProvider(run);
    return run;
}
