using System.Globalization;

namespace NormsPortal.Benchmarks;

/// <summary>
/// Percentiles of a set of timed requests, and the throughput of the run they came from. Percentiles
/// use the nearest-rank method on the sorted samples: p95 is the smallest sample that at least 95 %
/// of the samples do not exceed, so it is always a latency that really happened.
/// </summary>
internal sealed record LatencySummary(int Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double RequestsPerSecond)
{
    /// <summary>Summarises <paramref name="samples"/> taken over <paramref name="wallTime"/> (all clients together).</summary>
    public static LatencySummary Of(IReadOnlyCollection<TimeSpan> samples, TimeSpan wallTime)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("At least one sample is needed.", nameof(samples));
        }

        var sorted = samples.Select(sample => sample.TotalMilliseconds).Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            Percentile(sorted, 50),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            sorted[^1],
            sorted.Length / wallTime.TotalSeconds);
    }

    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    public static string Milliseconds(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
