using NormsPortal.Benchmarks.Load;
using NormsPortal.Benchmarks.Search;

namespace NormsPortal.Benchmarks;

/// <summary>
/// The command line: <c>import|search --corpus &lt;path&gt; [--postgres "&lt;connection string&gt;"]</c>, for
/// import also <c>[--postgres-only]</c>, for search also <c>[--rounds N] [--clients N] [--keep-databases]</c>; <c>pages|library|circuits|startup|page-throughput [--postgres …] [--rounds N]</c>, circuits also <c>[--gcdump]</c>, circuits and startup <c>[--baseline &lt;git ref&gt;]</c>;
/// <c>load [--postgres …] [--circuits N] [--ramp S] [--duration S] [--think MS]</c>. PostgreSQL runs
/// when a connection string is given, here or in <see cref="PostgresVariable"/>; SQLite always runs, but for an import with --postgres-only.
/// </summary>
internal sealed record BenchmarkArguments(
    string Benchmark, string CorpusPath, string? PostgresConnectionString, SearchBenchmarkSettings Search, int PageRounds, bool ByType = false, string? Baseline = null)
{
    public const string Import = "import";
    public const string SearchBenchmark = "search";
    public const string PageBenchmark = "pages";
    public const string AgreedLanguageBenchmark = "agreed-language";
    public const string LibraryBenchmark = "library";
    public const string CircuitBenchmark = "circuits";
    public const string StartupBenchmark = "startup";
    public const string PageThroughputBenchmark = "page-throughput";
    public const string LoadBenchmark = "load";

    /// <summary>Import: PostgreSQL's run alone, without SQLite's (half the benchmark's time when only PostgreSQL's figures are wanted).</summary>
    public bool PostgresOnly { get; init; }

    /// <summary>The load benchmark's circuits, ramp, duration and think time.</summary>
    public LoadBenchmarkSettings Load { get; init; } = LoadBenchmarkSettings.Default;

    /// <summary>Requests per page in the page benchmark, unless --rounds says otherwise.</summary>
    public const int DefaultPageRounds = 200;

    /// <summary>
    /// Requests per page (and per static copy) in the page-throughput benchmark, unless --rounds says otherwise: 200
    /// took a fifth of a second a measurement and moved by a third between two quiet runs; 1,000 take about a second.
    /// </summary>
    public const int DefaultThroughputRounds = 1000;

    /// <summary>Idle circuits opened per page in the circuit benchmark, unless --rounds says otherwise.</summary>
    public const int DefaultCircuits = 20;

    /// <summary>Starts of each variant in the start-up benchmark, unless --rounds says otherwise.</summary>
    public const int DefaultStarts = 5;

    /// <summary>The variable the database tests read too: a server where the user may create databases.</summary>
    public const string PostgresVariable = "NORMSPORTAL_TEST_POSTGRES";

    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/NormsPortal.Benchmarks -- import --corpus <path> [--postgres "<connection string>"] [--postgres-only]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- search --corpus <path> [--postgres "<connection string>"] [--rounds 3] [--clients 4] [--keep-databases]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- pages [--postgres "<connection string>"] [--rounds 200]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- agreed-language --corpus <path> [--postgres "<connection string>"]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- library [--postgres "<connection string>"] [--rounds 200]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- circuits [--postgres "<connection string>"] [--rounds 20] [--gcdump] [--baseline main]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- startup [--postgres "<connection string>"] [--rounds 5] [--baseline main]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- page-throughput [--postgres "<connection string>"] [--rounds 200]
               dotnet run -c Release --project tests/NormsPortal.Benchmarks -- load [--postgres "<connection string>"] [--circuits 500] [--ramp 60] [--duration 120] [--think 5000]

          import      the bulk import: parse, import, re-import, against a raw ADO.NET insert
          search      the search API: import the corpus, start the portal on it, time a fixed set of queries
                      through GET /api/v1/search at one and at several clients, and the API's own SQL directly
          pages       prerendered norm and document pages against a static file of the same bytes (shipped corpus only)
          agreed-language  the reuse index: import the corpus, its size and cost, and the agreed-language API for
                      paragraphs and 300-word pasted texts
          library     a researcher's library of 1,000 bookmarks made through the API (shipped corpus only): the
                      prerendered /library page signed in, and GET /api/v1/me/bookmarks
          circuits    managed heap per idle circuit on a norm page and on 73/27: Chromium tabs (NORMSPORTAL_CHROMIUM,
                      else /usr/bin/chromium) against the portal's heap endpoint (shipped corpus only)
          startup     process start to first page of the portal published as the README publishes it (ReadyToRun),
                      without ReadyToRun, without the start-up corpus check and with the runtime's start-up settings
                      undone, on a database seeded with the shipped corpus
          page-throughput  requests a second for a norm page and 73/27, anonymous and signed in, beside a static
                      file of the app's of about the same size, 8 clients at once (shipped corpus only)
          load        circuits held open and browsing (norm, document, search, cross-reference) through Blazor
                      Server's own protocol: step latency, errors, the portal's memory and CPU (shipped corpus only)
          --corpus    a file or folder to import (Akoma Ntoso .xml with metadata.jsonl, UN .txt), read recursively
          --postgres  an Npgsql connection string to a server where the user may create databases; the benchmark
                      creates a database of its own there and drops it afterwards. Defaults to $NORMSPORTAL_TEST_POSTGRES;
                      without either, only SQLite runs.
          --postgres-only  import: run PostgreSQL alone, not SQLite (a server is then required)
          --rounds    search: how many times each query runs in a timed pass (default 3);
                      pages: how many requests each page and its static copy get (default 200);
                      library: how many times the page and each API request run (default 200);
                      circuits: idle circuits opened per page (default 20); startup: starts of each variant (default 5);
                      page-throughput: how many requests each measurement sends (default 200)
          --gcdump    circuits: also dump the heap before and after (dotnet-gcdump, `dotnet tool restore`) and list
                      what one circuit adds by type
          --baseline  circuits: also publish this git ref of the repository (`git archive`) and measure it on each
                      page in turn with the checked-out code, in the same run, on the same database and browser;
                      startup: also publish this git ref ReadyToRun and start it in turn with the other variants
          --clients   search: how many clients send queries at once in the concurrent pass (default 4)
          --circuits  load: how many circuits are opened and kept browsing (default 500)
          --ramp      load: seconds over which the circuits are opened, one after another (default 60)
          --duration  load: seconds of browsing once the ramp is over (default 120)
          --think     load: a reader's pause between steps in milliseconds, drawn from half to one and a half times it (default 5000)
          --keep-databases  search: keep the imported databases (normsportal_bench_search: a file in the temp folder,
                      a database on the server) and, when they hold works already, measure them without importing
                      again; delete them to import afresh (after a change to the corpus or to what the import writes)
        """;

    /// <summary>The arguments, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static BenchmarkArguments? Parse(IReadOnlyList<string> args, string? postgresFromEnvironment, out string? error)
    {
        error = null;
        if (args.Count == 0 || args[0] is not (Import or SearchBenchmark or PageBenchmark or AgreedLanguageBenchmark or LibraryBenchmark or CircuitBenchmark or StartupBenchmark or PageThroughputBenchmark or LoadBenchmark))
        {
            error = "The first argument must be the benchmark to run: import, search, pages, agreed-language, library, circuits, startup, page-throughput or load.";
            return null;
        }

        string? corpus = null;
        var search = SearchBenchmarkSettings.Default;
        var pageRounds = args[0] switch
        {
            CircuitBenchmark => DefaultCircuits,
            StartupBenchmark => DefaultStarts,
            PageThroughputBenchmark => DefaultThroughputRounds,
            _ => DefaultPageRounds,
        };
        var byType = false;
        string? baseline = null;
        var load = LoadBenchmarkSettings.Default;
        var postgresOnly = false;
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
                case "--rounds" when hasValue && args[0] == SearchBenchmark:
                    if (!TryPositive(args[++i], 100, out var rounds))
                    {
                        error = "--rounds must be a whole number from 1 to 100.";
                        return null;
                    }

                    search = search with { Rounds = rounds };
                    break;
                case "--rounds" when hasValue && args[0] is PageBenchmark or LibraryBenchmark or CircuitBenchmark or StartupBenchmark or PageThroughputBenchmark:
                    if (!TryPositive(args[++i], 10_000, out pageRounds))
                    {
                        error = "--rounds must be a whole number from 1 to 10000.";
                        return null;
                    }

                    break;
                case "--clients" when hasValue && args[0] == SearchBenchmark:
                    if (!TryPositive(args[++i], 100, out var clients))
                    {
                        error = "--clients must be a whole number from 1 to 100.";
                        return null;
                    }

                    search = search with { Clients = clients };
                    break;
                case "--postgres-only" when args[0] == Import:
                    postgresOnly = true;
                    break;
                case "--keep-databases" when args[0] == SearchBenchmark:
                    search = search with { KeepDatabases = true };
                    break;
                case "--gcdump" when args[0] == CircuitBenchmark:
                    byType = true;
                    break;
                case "--baseline" when hasValue && args[0] is CircuitBenchmark or StartupBenchmark:
                    baseline = args[++i];
                    break;
                case "--circuits" or "--ramp" or "--duration" or "--think" when hasValue && args[0] == LoadBenchmark:
                    var name = args[i];
                    if (!TryPositive(args[++i], 100_000, out var value))
                    {
                        error = $"{name} must be a whole number from 1 to 100000.";
                        return null;
                    }

                    load = name switch
                    {
                        "--circuits" => load with { Circuits = value },
                        "--ramp" => load with { RampSeconds = value },
                        "--duration" => load with { DurationSeconds = value },
                        _ => load with { ThinkMilliseconds = value },
                    };
                    break;
                default:
                    error = $"Unknown argument or missing value: {args[i]}";
                    return null;
            }
        }

        if (args[0] is PageBenchmark or LibraryBenchmark or CircuitBenchmark or StartupBenchmark or PageThroughputBenchmark or LoadBenchmark)
        {
            return corpus is null
                ? new BenchmarkArguments(args[0], "", postgres, search, pageRounds, byType, baseline) { Load = load }
                : Refuse($"{args[0]} benchmarks the shipped corpus: --corpus does not apply.", out error);
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

        if (postgresOnly && postgres is null)
        {
            return Refuse($"--postgres-only needs a server: pass --postgres \"<connection string>\" or set {PostgresVariable}.", out error);
        }

        return new BenchmarkArguments(args[0], corpus, postgres, search, pageRounds) { PostgresOnly = postgresOnly };
    }

    private static BenchmarkArguments? Refuse(string message, out string? error)
    {
        error = message;
        return null;
    }

    private static bool TryPositive(string text, int maximum, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
        && value >= 1 && value <= maximum;
}
