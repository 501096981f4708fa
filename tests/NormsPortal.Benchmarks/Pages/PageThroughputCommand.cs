using System.Globalization;

namespace NormsPortal.Benchmarks.Pages;

/// <summary>The <c>page-throughput</c> benchmark on SQLite, then on PostgreSQL when a server is given; a Markdown table.</summary>
internal static class PageThroughputCommand
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        var benchmark = new PageThroughputBenchmark(arguments.PageRounds, Console.Error);
        output.WriteLine($"Requests a second, {PageThroughputBenchmark.Clients} clients at once on loopback, {arguments.PageRounds} requests a measurement, "
            + $"median of {PageThroughputBenchmark.Repetitions} measured in turn; load average {MachineLoad.Now()} at the start.");
        output.WriteLine();
        output.WriteLine("| provider   | page           |   bytes | static file (bytes)                         | anonymous /s | signed in /s | static /s | anonymous ÷ static | signed in ÷ static |");
        output.WriteLine("|------------|----------------|--------:|---------------------------------------------|-------------:|-------------:|----------:|-------------------:|-------------------:|");
        var failed = false;
        List<(string Provider, Func<CancellationToken, Task<BenchmarkDatabase>> Create)> providers =
            [(BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()))];
        if (arguments.PostgresConnectionString is { } postgres)
        {
            providers.Add((BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token)));
        }

        foreach (var (provider, create) in providers)
        {
            Console.Error.WriteLine($"{provider}: running …");
            try
            {
                foreach (var row in await benchmark.RunAsync(provider, create, cancellationToken))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {row.Provider,-10} | {row.Page,-14} | {row.PageBytes,7:N0} | {$"{row.StaticFile} ({row.StaticBytes:N0})",-43} | {row.AnonymousPerSecond,12:N0} | {row.SignedInPerSecond,12:N0} | {row.StaticPerSecond,9:N0} | {row.AnonymousPerSecond / row.StaticPerSecond,18:N2} | {row.SignedInPerSecond / row.StaticPerSecond,18:N2} |"));
                }
            }
            // A server that refuses, a portal that does not start: that provider's run failed, the other's still comes.
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                output.WriteLine($"| {provider,-10} | failed: {exception.GetType().Name}: {exception.Message} |");
                failed = true;
            }
        }

        output.WriteLine();
        output.WriteLine($"Load average {MachineLoad.Now()} at the end.");
        return failed ? 1 : 0;
    }
}
