using NormsPortal.Benchmarks;
using NormsPortal.Benchmarks.AgreedLanguage;
using NormsPortal.Benchmarks.Circuits;
using NormsPortal.Benchmarks.Library;
using NormsPortal.Benchmarks.Load;
using NormsPortal.Benchmarks.Pages;
using NormsPortal.Benchmarks.Search;
using NormsPortal.Benchmarks.Startup;

// The benchmarks of docs/benchmarks.md: `import` (the bulk import), `search` (the search API) and
// `pages` (prerendered pages against static files), `agreed-language` (the reuse index and its API),
// `library` (a researcher's library page and API with 1,000 bookmarks), `circuits` (heap per idle circuit),
// `startup` (process start to first page), `page-throughput` (pages against a static file of the app's, requests a
// second with several clients, anonymous and signed in), `load` (circuits held open and browsing: latency, errors, memory, CPU).
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

try
{
    return arguments.Benchmark switch
    {
        BenchmarkArguments.SearchBenchmark => await SearchBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.PageBenchmark => await PageBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.AgreedLanguageBenchmark => await AgreedLanguageBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.LibraryBenchmark => await LibraryBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.CircuitBenchmark => await CircuitBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.StartupBenchmark => await StartupBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.PageThroughputBenchmark => await PageThroughputCommand.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.LoadBenchmark => await LoadBenchmarkCommand.RunAsync(arguments, cancellation.Token),
        _ => await ImportBenchmarkCommand.RunAsync(arguments, cancellation.Token),
    };
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
