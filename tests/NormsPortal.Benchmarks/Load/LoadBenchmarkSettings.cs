namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// How many circuits the load benchmark holds, over how many seconds they are opened (the ramp), how long they browse
/// once all are open, and how long a reader pauses between steps (each pause drawn between half and one and a half times it).
/// </summary>
internal sealed record LoadBenchmarkSettings(int Circuits, int RampSeconds, int DurationSeconds, int ThinkMilliseconds)
{
    public static LoadBenchmarkSettings Default { get; } = new(Circuits: 500, RampSeconds: 60, DurationSeconds: 120, ThinkMilliseconds: 5_000);

    /// <summary>How long a step may take before it counts as an error ("timeout").</summary>
    public static TimeSpan StepTimeout { get; } = TimeSpan.FromSeconds(30);
}
