using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Corpus;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// The search benchmark on one provider: import the bulk corpus into an empty database, seed the
/// shipped six-language corpus on top, start the real portal on it, run the fixed query set
/// once to warm up, then time it through the HTTP API at one client and at several, and the API's
/// own statement through bare ADO.NET at one client.
/// </summary>
internal sealed class SearchBenchmark(
    IReadOnlyList<ParsedDocument> documents, SearchBenchmarkSettings settings, TextWriter progressOutput)
{
    public async Task RunAsync(SearchProviderRun run, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(createDatabase);
        await using var database = await createDatabase(cancellationToken);
        await database.MigrateAsync(cancellationToken);
        bool imported;
        await using (var db = database.CreateDbContext())
        {
            imported = await db.Works.AnyAsync(cancellationToken);
        }

        if (imported)
        {
            // A database kept by an earlier run (--keep-databases): its import and seeding are not timed again.
            progressOutput.WriteLine($"  {run.Provider}: using the kept database, imported before …");
            run.Reused = true;
        }
        else
        {
            await ImportAsync(run, database, cancellationToken);
        }

        await MeasureAsync(run, database, cancellationToken);
    }

    private async Task ImportAsync(SearchProviderRun run, BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        progressOutput.WriteLine($"  {run.Provider}: importing {documents.Count} documents …");
        var importClock = System.Diagnostics.Stopwatch.StartNew();
        var summary = await new DocumentImporter(database, new CrossReferenceFinder()).ImportManyAsync(documents, null, cancellationToken);
        run.ImportTime = importClock.Elapsed;
        if (summary.Failed > 0)
        {
            throw new InvalidOperationException($"{summary.Failed} documents failed to import.");
        }

        // The shipped corpus (73/27, the six-language ICT resolutions, norms, tracks) on top, as the
        // portal seeds it at start; done here so that its time is reported and the portal starts at once.
        progressOutput.WriteLine($"  {run.Provider}: seeding the shipped corpus …");
        var seedClock = System.Diagnostics.Stopwatch.StartNew();
        var seeded = await new CorpusLoader(database).LoadAsync(CorpusFolders.BesideApp(), null, cancellationToken);
        run.SeedTime = seedClock.Elapsed;
        if (seeded.Texts.Failed > 0)
        {
            throw new InvalidOperationException($"{seeded.Texts.Failed} shipped texts failed to import.");
        }
    }

    private async Task MeasureAsync(SearchProviderRun run, BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        progressOutput.WriteLine($"  {run.Provider}: starting the portal …");
        var environment = new Dictionary<string, string>(database.PortalEnvironment())
        {
            // As deployed: no development-time checks on every request.
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Corpus__SeedOnStartup"] = "false",
        };
        await using var portal = await PortalAppProcess.StartAsync(environment, cancellationToken);
        await using (var db = database.CreateDbContext())
        {
            run.Works = await db.Works.CountAsync(cancellationToken);
            run.SearchEntries = await db.SearchEntries.CountAsync(cancellationToken);
        }

        using var api = new ApiSearchClient(new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(60) });
        using var statements = new SearchService(database, database.Provider);
        using var sql = new DirectSqlClient(database, statements);
        var queries = SearchQuerySet.All;
        var withSql = queries.Where(sql.HasStatement).ToList();

        run.LoadBefore = MachineLoad.Now();
        progressOutput.WriteLine($"  {run.Provider}: warming up …");
        run.WarmUp = await ConcurrentPass.RunAsync("warm-up", queries, 1, 1, api.SearchAsync, cancellationToken);
        await ConcurrentPass.RunAsync("warm-up SQL", withSql, 1, 1, sql.SearchAsync, cancellationToken);

        progressOutput.WriteLine($"  {run.Provider}: API, 1 client …");
        run.Passes.Add(await ConcurrentPass.RunAsync("API, 1 client", queries, settings.Rounds, 1, api.SearchAsync, cancellationToken));
        progressOutput.WriteLine($"  {run.Provider}: API, {settings.Clients} clients …");
        run.Passes.Add(await ConcurrentPass.RunAsync($"API, {settings.Clients} clients", queries, settings.Rounds, settings.Clients, api.SearchAsync, cancellationToken));

        // The ratio compares like with like: the same queries (those that run SQL), one client, the API and the
        // bare statement one right after the other, over more rounds than the other passes for a steadier median.
        progressOutput.WriteLine($"  {run.Provider}: API and direct SQL interleaved, 1 client, {withSql.Count} queries, {settings.RatioRounds} rounds …");
        run.ApiAgainstSql = await ApiAgainstSqlPass.RunAsync(withSql, settings.RatioRounds, api.SearchAsync, sql.SearchAsync, cancellationToken);
        run.LoadAfter = MachineLoad.Now();
    }
}
