using System.Collections.Concurrent;
using NormsPortal.Web.Infrastructure.Diagnostics;

namespace NormsPortal.Benchmarks.Load;

/// <summary>What the load benchmark measured on one provider; the browsing circuits write into it at once.</summary>
internal sealed class LoadProviderRun(string provider)
{
    public string Provider { get; } = provider;

    /// <summary>Step latencies by action ("open", "norm", "document", "search", "cross-reference").</summary>
    public ConcurrentDictionary<string, ConcurrentBag<TimeSpan>> Latencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Failed steps by kind ("timeout", "circuit error", …).</summary>
    public ConcurrentDictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>One message per kind of error, for the report.</summary>
    public ConcurrentDictionary<string, string> ErrorExamples { get; } = new(StringComparer.Ordinal);

    /// <summary>Circuits open at once when every reader had opened one.</summary>
    public int CircuitsOpened { get; set; }

    /// <summary>From the last circuit opened to the end of browsing: the steady phase the CPU figure covers.</summary>
    public TimeSpan SteadyWallTime { get; set; }

    /// <summary>The portal's process CPU time over <see cref="SteadyWallTime"/>.</summary>
    public TimeSpan SteadyCpuTime { get; set; }

    /// <summary>The portal's largest working set seen, sampled every second.</summary>
    public long PeakWorkingSetBytes { get; set; }

    /// <summary>The heap endpoint's reading at the end with every circuit still open (after a forced full collection).</summary>
    public HeapDiagnostics.HeapReading? HeapAtEnd { get; set; }

    /// <summary>The first error lines the portal logged, if any: why steps failed, seen from the server.</summary>
    public List<string> PortalErrors { get; } = [];

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    public string? Aborted { get; set; }

    public void Record(string action, TimeSpan latency) => Latencies.GetOrAdd(action, _ => []).Add(latency);

    public void Fail(string action, CircuitStepException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var kind = $"{action}: {failure.Kind}";
        Errors.AddOrUpdate(kind, 1, (_, count) => count + 1);
        ErrorExamples.TryAdd(kind, failure.Message);
    }
}
