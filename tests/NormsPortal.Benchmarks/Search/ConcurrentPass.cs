using System.Collections.Concurrent;
using System.Diagnostics;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// Runs every query of a list <c>rounds</c> times with <c>clients</c> workers taking the next query
/// from a shared queue, each query timed on its own. With one client that is a plain loop; with
/// several, the server sees that many requests at once and the wall time gives the throughput.
/// </summary>
internal static class ConcurrentPass
{
    public static async Task<TimedPass> RunAsync(
        string label, IReadOnlyList<BenchmarkQuery> queries, int rounds, int clients,
        Func<BenchmarkQuery, CancellationToken, Task<string?>> runQuery, CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<BenchmarkQuery>(Enumerable.Range(0, rounds).SelectMany(_ => queries));
        var timings = new ConcurrentBag<QueryTiming>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var query))
            {
                var clock = Stopwatch.StartNew();
                string? failure;
                try
                {
                    failure = await runQuery(query, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure = $"{exception.GetType().Name}: {exception.Message}";
                }

                timings.Add(new QueryTiming(query, clock.Elapsed, failure));
            }
        }, cancellationToken)));
        wall.Stop();
        return new TimedPass(label, clients, timings.ToList(), wall.Elapsed);
    }
}
