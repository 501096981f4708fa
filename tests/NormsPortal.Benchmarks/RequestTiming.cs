using System.Diagnostics;

namespace NormsPortal.Benchmarks;

/// <summary>How long one request took, and whether it failed (a status other than 200, or an exception).</summary>
internal sealed record RequestTiming(BenchmarkRequest Request, TimeSpan Elapsed, string? Failure)
{
    /// <summary>Sends <paramref name="request"/> and times it; an exception is the request's failure, not the pass's.</summary>
    public static async Task<RequestTiming> MeasureAsync(
        BenchmarkRequest request, Func<BenchmarkRequest, CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string? failure;
        try
        {
            failure = await send(request, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = $"{exception.GetType().Name}: {exception.Message}";
        }

        return new RequestTiming(request, clock.Elapsed, failure);
    }
}

/// <summary>All timings of one pass (one or more rounds over the query set) and the wall time it took.</summary>
internal sealed record TimedPass(string Label, int Clients, IReadOnlyList<RequestTiming> Timings, TimeSpan Wall)
{
    public IEnumerable<RequestTiming> Failures => Timings.Where(timing => timing.Failure is not null);

    public LatencySummary Summary() => LatencySummary.Of(Timings.Select(timing => timing.Elapsed).ToList(), Wall);

    public LatencySummary SummaryOf(string category) =>
        LatencySummary.Of(Timings.Where(timing => timing.Request.Category == category).Select(timing => timing.Elapsed).ToList(), Wall);
}
