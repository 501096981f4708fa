using System.Diagnostics;
using System.Globalization;

namespace NormsPortal.Benchmarks.Library;

/// <summary>
/// The <c>library</c> benchmark: per provider, the shipped corpus in a new database, the real portal on it, a
/// researcher registered and signed in through the account API, a library of <see cref="LibrarySeed.Bookmarks"/>
/// bookmarks made through the library API, and then, one request at a time, the prerendered <c>/library</c>
/// page (signed in with the cookie) and <c>GET /api/v1/me/bookmarks</c> (with the bearer token) in its
/// common forms. Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class LibraryBenchmarkCommand
{
    private const double GoalPageP95Ms = 300;
    private const double GoalApiP95Ms = 100;
    private const int WarmUpRounds = 10;
    private const string PageLabel = "page /library";

    private static readonly HashSet<string> Numbers = ["requests", "p50 ms", "p95 ms", "max ms", "goal ms", "bookmarks", "seed s", "page KB"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        output.WriteLine("# Library benchmark");
        output.WriteLine();
        output.WriteLine($"A library of {LibrarySeed.Bookmarks:N0} bookmarks made through the API; each request below {arguments.PageRounds} times "
            + $"after {WarmUpRounds} warm-up rounds, in turn, one client on loopback.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before {MachineLoad.Now()}.");
        output.WriteLine();

        var runs = new List<Run> { await RunAsync(arguments.PageRounds, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()), cancellationToken) };
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(arguments.PageRounds, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }
        else
        {
            output.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            output.WriteLine();
        }

        var library = new TextTable(["provider", "bookmarks", "by kind", "seed s", "page KB"], Numbers);
        var latency = new TextTable(["provider", "request", "requests", "p50 ms", "p95 ms", "max ms", "goal ms", "met"], Numbers);
        foreach (var run in runs.Where(r => r.Pass is not null))
        {
            library.AddRow(run.Provider, Count(run.Seeded!.ByKind.Values.Sum()),
                string.Join(", ", run.Seeded.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}")),
                run.Seed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), (run.PageBytes / 1024.0).ToString("F0", CultureInfo.InvariantCulture));
            foreach (var request in run.Requests)
            {
                var summary = run.Pass!.SummaryOf(request.Category);
                var goal = request.Category == PageLabel ? GoalPageP95Ms : GoalApiP95Ms;
                latency.AddRow(run.Provider, request.Category, Count(summary.Count), Ms(summary.P50Ms), Ms(summary.P95Ms), Ms(summary.MaxMs), Ms(goal), summary.P95Ms <= goal ? "yes" : "no");
            }
        }

        output.WriteLine("## The library");
        output.WriteLine();
        library.Write(output);
        output.WriteLine();
        output.WriteLine("## Latency");
        output.WriteLine();
        latency.Write(output);
        output.WriteLine();
        foreach (var run in runs)
        {
            RunOutcome.Write(output, run.Provider, run.LoadBefore, run.LoadAfter, run.Aborted, run.Pass);
        }

        return runs.Any(r => r.Aborted is not null || r.Pass is null || r.Pass.Failures.Any()) ? 1 : 0;
    }

    private static async Task<Run> RunAsync(int rounds, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        var run = new Run(provider);
        try
        {
            await using var database = await createDatabase(cancellationToken);
            await using var portal = await ShippedCorpusPortal.StartAsync(database, provider, Console.Error, cancellationToken);
            var (email, password) = PortalAccount.New();
            await PortalAccount.RegisterAsync(portal.BaseAddress, email, password, cancellationToken);
            using var api = await PortalAccount.BearerClientAsync(portal.BaseAddress, email, password, cancellationToken);
            using var browser = await PortalAccount.CookieClientAsync(portal.BaseAddress, email, password, cancellationToken);

            Console.Error.WriteLine($"  {provider}: making {LibrarySeed.Bookmarks:N0} bookmarks through the API …");
            var clock = Stopwatch.StartNew();
            run.Seeded = await LibrarySeed.CreateAsync(api, database, cancellationToken);
            run.Seed = clock.Elapsed;

            var page = await browser.GetStringAsync(new Uri("library", UriKind.Relative), cancellationToken);
            var expected = $"{LibrarySeed.Bookmarks} bookmarks";
            if (!page.Contains(expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"/library did not come back prerendered with the library: no \"{expected}\" in its HTML.");
            }

            run.PageBytes = System.Text.Encoding.UTF8.GetByteCount(page);
            var (collection, tag) = (run.Seeded.CollectionIds[1], Uri.EscapeDataString(LibrarySeed.Tags[0]));
            run.Requests =
            [
                new(PageLabel, "library"),
                // The floor: one bookmark by id, the least the API does for a signed-in request on this machine now.
                new("API, one bookmark", $"api/v1/me/bookmarks/{run.Seeded.LastBookmarkId}"),
                new("API, first page (20)", "api/v1/me/bookmarks"),
                new("API, last page of 100", "api/v1/me/bookmarks?pageSize=100&page=10"),
                new("API, collection and tag", $"api/v1/me/bookmarks?collection={collection}&tag={tag}"),
                new("API, words", "api/v1/me/bookmarks?text=diligence"),
            ];
            Task<string?> SendAsync(BenchmarkRequest request, CancellationToken token) =>
                GetAsync(request.Category == PageLabel ? browser : api, request.Text, token);

            run.LoadBefore = MachineLoad.Now();
            Console.Error.WriteLine($"  {provider}: warming up, then {rounds} rounds …");
            await ConcurrentPass.RunAsync("warm-up", run.Requests, WarmUpRounds, 1, SendAsync, cancellationToken);
            run.Pass = await ConcurrentPass.RunAsync("library", run.Requests, rounds, 1, SendAsync, cancellationToken);
            run.LoadAfter = MachineLoad.Now();
        }
        // A server that refuses, a portal that does not start: that provider's run failed, the report still comes.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            run.Aborted = RunOutcome.Describe(exception);
        }

        return run;
    }

    /// <summary>Null when the answer was 200 and its body was read in full, else what went wrong.</summary>
    private static async Task<string?> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} for {path}";
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private sealed class Run(string provider)
    {
        public string Provider => provider;

        public string? Aborted { get; set; }

        public LibrarySeed.Seeded? Seeded { get; set; }

        public TimeSpan Seed { get; set; }

        public int PageBytes { get; set; }

        public IReadOnlyList<BenchmarkRequest> Requests { get; set; } = [];

        public string LoadBefore { get; set; } = "n/a";

        public string LoadAfter { get; set; } = "n/a";

        public TimedPass? Pass { get; set; }
    }
}
