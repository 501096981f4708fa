namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// How many times each query runs in a timed pass (four times as many in the API against its SQL), how many clients the concurrent pass has, and whether the
/// imported databases are kept for the next run (<see cref="KeptDatabaseName"/>) and used again when present.
/// </summary>
internal sealed record SearchBenchmarkSettings(int Rounds, int Clients, bool KeepDatabases = false)
{
    /// <summary>The kept SQLite file (in the temp folder) and PostgreSQL database.</summary>
    public const string KeptDatabaseName = "normsportal_bench_search";

    public static SearchBenchmarkSettings Default { get; } = new(Rounds: 3, Clients: 4);

    /// <summary>
    /// Rounds of the API against its own SQL (<see cref="ApiAgainstSqlPass"/>): four times the other passes', as its
    /// median ratio moved by 0.3 between runs of one build with as many rounds as they have.
    /// </summary>
    public int RatioRounds => 4 * Rounds;
}
