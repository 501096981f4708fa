using System.Diagnostics;
using System.Runtime;

namespace NormsPortal.Benchmarks;

/// <summary>
/// What one step cost: wall-clock time; the CPU time of this process (all threads); the time the
/// JIT compiler spent (tiered compilation keeps recompiling hot methods for a while, on a
/// background thread); the time the garbage collector paused the program; and the bytes allocated.
/// On a busy machine CPU well below wall time means the step waited: for the database server, the
/// disk, or a core other processes held.
/// </summary>
internal sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, TimeSpan Jit, TimeSpan GcPause, long AllocatedBytes)
{
    public static async Task<(T Result, Measurement Cost)> RunAsync<T>(Func<Task<T>> step)
    {
        // Garbage from an earlier step is collected before the clock starts, not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var jitBefore = JitInfo.GetCompilationTime();
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = await step();

        clock.Stop();
        process.Refresh();
        var cost = new Measurement(
            clock.Elapsed,
            process.TotalProcessorTime - cpuBefore,
            JitInfo.GetCompilationTime() - jitBefore,
            GC.GetTotalPauseDuration() - pauseBefore,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
        return (result, cost);
    }

    /// <summary>The cost of two steps run one after the other.</summary>
    public Measurement Plus(Measurement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Measurement(Wall + other.Wall, Cpu + other.Cpu, Jit + other.Jit, GcPause + other.GcPause, AllocatedBytes + other.AllocatedBytes);
    }
}
