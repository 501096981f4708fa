using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Corpus;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Sqlite.Reuse;
using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.Benchmarks.AgreedLanguage;

/// <summary>
/// The <c>agreed-language</c> benchmark: per provider, import the corpus into a new database without the
/// reuse index (<see cref="BenchmarkDatabase.WithoutReuseIndex"/>) and into another with it, as the portal
/// imports, one after the other on the same machine, so the index's cost is the difference of two imports
/// timed minutes apart; then the index's size against the texts', and, through
/// the real portal, the latency of <c>GET /api/v1/agreed-language</c> for paragraphs of the corpus and of
/// <c>POST</c> for 300-word pasted texts. Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class AgreedLanguageBenchmarkCommand
{
    private const double GoalParagraphP95Ms = 100;
    private const double GoalPastedP95Ms = 300;
    private const double GoalImportIncrease = 0.25;
    private const int ParagraphQueries = 200;
    private const int PastedTexts = 30;
    private const int PastedWords = 300;
    private const int Rounds = 2;

    private static readonly HashSet<string> Numbers =
        ["works", "paragraphs", "text MB", "index rows", "index MB", "index/text", "import s", "without s", "import +", "requests", "p50 ms", "p95 ms", "max ms", "goal ms"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        output.WriteLine("# Agreed-language benchmark");
        output.WriteLine();
        output.WriteLine($"Corpus: {arguments.CorpusPath}. {ParagraphQueries} paragraph queries and {PastedTexts} pasted texts of {PastedWords} words (English), "
            + $"{Rounds} rounds each after a warm-up round, one client.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before {MachineLoad.Now()}.");
        output.WriteLine();
        Console.Error.WriteLine("Parsing the corpus …");
        var batch = await ImportSources.ReadAsync(arguments.CorpusPath, cancellationToken);

        var runs = new List<Run>();
        runs.Add(await RunAsync(batch.Documents, BenchmarkDatabase.SqliteLabel, _ => Task.FromResult(BenchmarkDatabase.CreateSqlite()), cancellationToken));
        if (arguments.PostgresConnectionString is { } postgres)
        {
            runs.Add(await RunAsync(batch.Documents, BenchmarkDatabase.PostgresLabel, token => BenchmarkDatabase.CreatePostgresAsync(postgres, token), cancellationToken));
        }
        else
        {
            output.WriteLine($"PostgreSQL skipped: pass --postgres \"<connection string>\" or set {BenchmarkArguments.PostgresVariable}.");
            output.WriteLine();
        }

        var sizes = new TextTable(["provider", "works", "paragraphs", "text MB", "index rows", "index MB", "index/text", "import s", "without s", "import +"], Numbers);
        var latency = new TextTable(["provider", "request", "requests", "p50 ms", "p95 ms", "max ms", "goal ms", "met"], Numbers);
        foreach (var run in runs.Where(r => r.Aborted is null))
        {
            sizes.AddRow(run.Provider, Count(run.Works), Count(run.Paragraphs), Mb(run.TextBytes), Count(run.IndexRows), Mb(run.IndexBytes),
                run.IndexBytes is { } index ? (index / (double)run.TextBytes).ToString("F2", CultureInfo.InvariantCulture) : "n/a",
                Seconds(run.Import), Seconds(run.ImportWithoutIndex), Percent((run.Import - run.ImportWithoutIndex) / run.ImportWithoutIndex));
            foreach (var (label, pass, goal) in new[] { ("paragraph (GET)", run.Paragraph!, GoalParagraphP95Ms), ($"{PastedWords}-word text (POST)", run.Pasted!, GoalPastedP95Ms) })
            {
                var summary = pass.Summary();
                latency.AddRow(run.Provider, label, Count(summary.Count), Ms(summary.P50Ms), Ms(summary.P95Ms), Ms(summary.MaxMs), Ms(goal), summary.P95Ms <= goal ? "yes" : "no");
            }
        }

        output.WriteLine("## Index and import");
        output.WriteLine();
        sizes.Write(output);
        output.WriteLine();
        output.WriteLine($"`import +` is the import's time with the index against its time without (`without s`); goal: at most {Percent(GoalImportIncrease)}.");
        output.WriteLine();
        output.WriteLine("## Latency of the API");
        output.WriteLine();
        latency.Write(output);
        output.WriteLine();
        output.WriteLine($"Load after: {MachineLoad.Now()}.");
        var failed = runs.Where(r => r.Aborted is not null || r.Failures.Count > 0).ToList();
        foreach (var run in failed)
        {
            output.WriteLine($"{run.Provider} failed: {run.Aborted ?? string.Join("; ", run.Failures.Take(5))}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private static async Task<Run> RunAsync(
        IReadOnlyList<ParsedDocument> documents, string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        var run = new Run(provider);
        try
        {
            await using (var withoutIndex = await createDatabase(cancellationToken))
            {
                await withoutIndex.MigrateAsync(cancellationToken);
                Console.Error.WriteLine($"  {provider}: importing {documents.Count} documents without the reuse index …");
                run.ImportWithoutIndex = await ImportAsync(withoutIndex.WithoutReuseIndex(), documents, cancellationToken);
            }

            await using var database = await createDatabase(cancellationToken);
            await database.MigrateAsync(cancellationToken);
            Console.Error.WriteLine($"  {provider}: importing {documents.Count} documents …");
            run.Import = await ImportAsync(database, documents, cancellationToken);

            await using (var db = database.CreateDbContext())
            {
                run.Works = await db.Works.CountAsync(cancellationToken);
                run.Paragraphs = await db.SearchEntries.CountAsync(e => e.Kind == SearchEntryKind.Paragraph, cancellationToken);
                run.IndexRows = await IndexRowsAsync(db, provider, cancellationToken);
                run.TextBytes = (await db.Provisions.Select(p => p.Text).ToListAsync(cancellationToken)).Sum(t => (long)Encoding.UTF8.GetByteCount(t));
                run.IndexBytes = await IndexBytesAsync(db, provider, cancellationToken);
            }

            var (paragraphs, pasted) = await RequestsAsync(database, cancellationToken);
            Console.Error.WriteLine($"  {provider}: starting the portal …");
            var environment = new Dictionary<string, string>(database.PortalEnvironment())
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Corpus__SeedOnStartup"] = "false",
            };
            await using var portal = await PortalAppProcess.StartAsync(environment, cancellationToken);
            using var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            Console.Error.WriteLine($"  {provider}: timing the API …");
            await ConcurrentPass.RunAsync("warm-up", [.. paragraphs, .. pasted], 1, 1, (r, t) => SendAsync(http, r, t), cancellationToken);
            run.Paragraph = await ConcurrentPass.RunAsync("paragraph", paragraphs, Rounds, 1, (r, t) => SendAsync(http, r, t), cancellationToken);
            run.Pasted = await ConcurrentPass.RunAsync("pasted", pasted, Rounds, 1, (r, t) => SendAsync(http, r, t), cancellationToken);
            run.Failures.AddRange(run.Paragraph.Failures.Concat(run.Pasted.Failures).Select(f => f.Failure!));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            run.Aborted = RunOutcome.Describe(exception);
        }

        return run;
    }

    private static async Task<TimeSpan> ImportAsync(IDbContextFactory<Data.PortalDbContext> contexts, IReadOnlyList<ParsedDocument> documents, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var summary = await new DocumentImporter(contexts, new CrossReferenceFinder()).ImportManyAsync(documents, null, cancellationToken);
        return summary.Failed > 0 ? throw new InvalidOperationException($"{summary.Failed} documents failed to import.") : clock.Elapsed;
    }

    /// <summary>Paragraphs spread evenly over the corpus (eight words or more), and pasted texts of 300 words from runs of paragraphs.</summary>
    private static async Task<(List<BenchmarkRequest> Paragraphs, List<BenchmarkRequest> Pasted)> RequestsAsync(BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var entries = await db.SearchEntries.AsNoTracking()
            .Where(e => e.Kind == SearchEntryKind.Paragraph && e.Language == "en")
            .OrderBy(e => e.Id)
            .Join(db.Works, e => e.WorkId, w => w.Id, (e, w) => new { w.Symbol, e.Anchor, e.Text, e.Terms })
            .ToListAsync(cancellationToken);
        var long8 = entries.Where(e => e.Terms.Count(c => c == ' ') >= 7).ToList();
        var paragraphs = Enumerable.Range(0, ParagraphQueries)
            .Select(i => long8[(int)((long)i * long8.Count / ParagraphQueries)])
            .Select(e => new BenchmarkRequest("paragraph", $"symbol={Uri.EscapeDataString(e.Symbol)}&anchor={Uri.EscapeDataString(e.Anchor)}"))
            .ToList();
        var pasted = Enumerable.Range(0, PastedTexts)
            .Select(i => entries.Skip((int)((long)i * entries.Count / PastedTexts)).SelectMany(e => e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Take(PastedWords))
            .Select(words => new BenchmarkRequest("pasted", string.Join(' ', words)))
            .ToList();
        return (paragraphs, pasted);
    }

    private static async Task<string?> SendAsync(HttpClient http, BenchmarkRequest request, CancellationToken cancellationToken)
    {
        using var response = request.Category == "paragraph"
            ? await http.GetAsync(new Uri("api/v1/agreed-language?" + request.Text, UriKind.Relative), cancellationToken)
            : await http.PostAsJsonAsync(new Uri("api/v1/agreed-language", UriKind.Relative), new { text = request.Text, lang = "en" }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? null : $"HTTP {(int)response.StatusCode} for {request.Text[..Math.Min(80, request.Text.Length)]}: {body[..Math.Min(body.Length, 200)]}";
    }

    /// <summary>The (five-gram, paragraph) pairs the index holds: the table's rows, or on SQLite the sum of the FTS5 vocabulary's document counts.</summary>
    private static async Task<long> IndexRowsAsync(Data.PortalDbContext db, string provider, CancellationToken cancellationToken) =>
        provider == BenchmarkDatabase.SqliteLabel
            ? await db.Database.SqlQueryRaw<long>($"""SELECT COALESCE(SUM("doc"), 0) AS "Value" FROM "{SqliteReuseIndex.VocabularyTable}" """).SingleAsync(cancellationToken)
            : await db.ReuseShingles.LongCountAsync(cancellationToken);

    /// <summary>
    /// The index on disk: the total relation size of the table and its indexes on PostgreSQL; on SQLite the pages of
    /// the FTS5 table's shadow tables by <c>dbstat</c>, or, where that is not compiled in (the bundled SQLite), the
    /// bytes its segments and its rows' hashes hold, which leaves out page slack and the small table of segments.
    /// </summary>
    private static async Task<long?> IndexBytesAsync(Data.PortalDbContext db, string provider, CancellationToken cancellationToken)
    {
        if (provider != BenchmarkDatabase.SqliteLabel)
        {
            return await db.Database.SqlQueryRaw<long>("""SELECT pg_total_relation_size('"ReuseShingles"') AS "Value" """).SingleAsync(cancellationToken);
        }

        try
        {
            return await db.Database.SqlQueryRaw<long>(
                $"""SELECT SUM("pgsize") AS "Value" FROM "dbstat" WHERE "name" LIKE '{SqliteReuseIndex.FtsTable}%'""").SingleAsync(cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return await db.Database.SqlQueryRaw<long>(
                $"""
                SELECT (SELECT COALESCE(SUM(length("block")), 0) FROM "{SqliteReuseIndex.FtsTable}_data")
                     + (SELECT COALESCE(SUM(length("c0")), 0) FROM "{SqliteReuseIndex.FtsTable}_content") AS "Value"
                """).SingleAsync(cancellationToken);
        }
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long? bytes) => bytes is { } b ? (b / 1_048_576.0).ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    private sealed class Run(string provider)
    {
        public string Provider => provider;

        public string? Aborted { get; set; }

        public List<string> Failures { get; } = [];

        public TimeSpan Import { get; set; }

        public TimeSpan ImportWithoutIndex { get; set; }

        public int Works { get; set; }

        public int Paragraphs { get; set; }

        public long IndexRows { get; set; }

        public long TextBytes { get; set; }

        public long? IndexBytes { get; set; }

        public TimedPass? Paragraph { get; set; }

        public TimedPass? Pasted { get; set; }
    }
}
