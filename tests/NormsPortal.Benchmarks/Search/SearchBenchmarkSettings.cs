namespace NormsPortal.Benchmarks.Search;

/// <summary>How many times each query runs in a timed pass, and how many clients the concurrent pass has.</summary>
internal sealed record SearchBenchmarkSettings(int Rounds, int Clients)
{
    public static SearchBenchmarkSettings Default { get; } = new(Rounds: 3, Clients: 4);
}
