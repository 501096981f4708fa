namespace NormsPortal.Benchmarks;

/// <summary>
/// The command line: <c>import --corpus &lt;path&gt; [--postgres "&lt;connection string&gt;"]</c>. PostgreSQL
/// runs when a connection string is given, here or in <see cref="PostgresVariable"/>; SQLite always runs.
/// </summary>
internal sealed record BenchmarkArguments(string CorpusPath, string? PostgresConnectionString)
{
    /// <summary>The variable the database tests read too: a server where the user may create databases.</summary>
    public const string PostgresVariable = "NORMSPORTAL_TEST_POSTGRES";

    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/NormsPortal.Benchmarks -- import --corpus <path> [--postgres "<connection string>"]

          --corpus    a file or folder to import (Akoma Ntoso .xml with metadata.jsonl, UN .txt), read recursively
          --postgres  an Npgsql connection string to a server where the user may create databases; the benchmark
                      creates a database of its own there and drops it afterwards. Defaults to $NORMSPORTAL_TEST_POSTGRES;
                      without either, only SQLite runs.
        """;

    /// <summary>The arguments, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static BenchmarkArguments? Parse(IReadOnlyList<string> args, string? postgresFromEnvironment, out string? error)
    {
        error = null;
        if (args.Count == 0 || args[0] != "import")
        {
            error = "The first argument must be the benchmark to run: import.";
            return null;
        }

        string? corpus = null;
        var postgres = string.IsNullOrWhiteSpace(postgresFromEnvironment) ? null : postgresFromEnvironment;
        for (var i = 1; i < args.Count; i++)
        {
            var hasValue = i + 1 < args.Count;
            switch (args[i])
            {
                case "--corpus" when hasValue:
                    corpus = args[++i];
                    break;
                case "--postgres" when hasValue:
                    postgres = args[++i];
                    break;
                default:
                    error = $"Unknown argument or missing value: {args[i]}";
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(corpus))
        {
            error = "--corpus <path> is required.";
            return null;
        }

        if (!Directory.Exists(corpus) && !File.Exists(corpus))
        {
            error = $"--corpus: {corpus} does not exist.";
            return null;
        }

        return new BenchmarkArguments(corpus, postgres);
    }
}
