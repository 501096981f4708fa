using System.Collections.Concurrent;
using System.Diagnostics;

namespace NormsPortal.Benchmarks;

/// <summary>
/// Runs every request of a list <c>rounds</c> times with <c>clients</c> workers taking the next one
/// from a shared queue, each request timed on its own. With one client that is a plain loop; with
/// several, the server sees that many requests at once and the wall time gives the throughput.
/// </summary>
internal static class ConcurrentPass
{
    public static async Task<TimedPass> RunAsync(
        string label, IReadOnlyList<BenchmarkRequest> requests, int rounds, int clients,
        Func<BenchmarkRequest, CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<BenchmarkRequest>(Enumerable.Range(0, rounds).SelectMany(_ => requests));
        var timings = new ConcurrentBag<RequestTiming>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var request))
            {
                timings.Add(await RequestTiming.MeasureAsync(request, send, cancellationToken));
            }
        }, cancellationToken)));
        wall.Stop();
        return new TimedPass(label, clients, timings.ToList(), wall.Elapsed);
    }
}
