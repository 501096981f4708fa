using System.Globalization;
using NormsPortal.Data.Corpus;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;

namespace NormsPortal.Benchmarks;

/// <summary>
/// The bulk-import benchmark on one provider: migrate, parse the corpus, import it with the
/// production cross-reference finder, import it again (everything must be unchanged), import it
/// once more into a second empty database (the same work with the JIT compiler warm), then the raw
/// ADO.NET baseline. Each step is measured on its own; the finder also runs once in memory so its
/// share of the import can be read off.
/// </summary>
/// <param name="corpusPath">The file or folder to import.</param>
/// <param name="createDatabase">Creates an empty database of the provider under test; called twice.</param>
/// <param name="progressOutput">Where a line of progress goes every few hundred documents.</param>
/// <param name="createBeforeDatabase">
/// When given, an empty database with the settings the provider had before (SQLite: the rollback journal), imported
/// into warm right after the warm import, so the two are measured side by side in one run.
/// </param>
internal sealed class ImportBenchmark(
    string corpusPath, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, TextWriter progressOutput,
    Func<CancellationToken, Task<BenchmarkDatabase>>? createBeforeDatabase = null)
{
    public const string MigrateStep = "migrate (empty database)";
    public const string ParseStep = "parse + align (ImportSources.ReadAsync)";
    public const string FindStep = "find cross-references, in memory only";
    public const string FirstImportStep = "first import (DocumentImporter + finder)";
    public const string ReImportStep = "re-import of the same documents";
    public const string WarmImportStep = "first import again, warm, into a 2nd database";
    public const string BeforeImportStep = "warm import, before: rollback journal, FULL";
    public const string BaselineStep = "baseline: raw ADO.NET insert of provisions";
    public const string TotalStep = "total: parse + first import";

    /// <summary>Runs every step, filling <paramref name="run"/> as it goes, so that a step that throws leaves the earlier ones reported.</summary>
    public async Task RunAsync(ProviderRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.LoadBefore = MachineLoad.Now();
        await using var database = await createDatabase(cancellationToken);

        var (_, migrateCost) = await Measurement.RunAsync(async () =>
        {
            await database.MigrateAsync(cancellationToken);
            return true;
        });
        run.Steps.Add(new StepResult(MigrateStep, migrateCost, null, "schema from the provider's migrations"));

        var (batch, parseCost) = await Measurement.RunAsync(() => ImportSources.ReadAsync(corpusPath, cancellationToken));
        var documents = batch.Documents;
        run.FilesRead = batch.FilesRead;
        run.Documents = documents.Count;
        run.ParseProblems.AddRange(batch.Problems);
        run.Steps.Add(new StepResult(ParseStep, parseCost, documents.Count, Invariant($"{batch.FilesRead} files, {batch.Problems.Count} {(batch.Problems.Count == 1 ? "problem" : "problems")}")));

        var finder = new CrossReferenceFinder();
        var (found, findCost) = await Measurement.RunAsync(() => Task.FromResult(documents.Sum(d => finder.Find(d).Count)));
        run.CrossReferencesFound = found;
        run.Steps.Add(new StepResult(FindStep, findCost, documents.Count, Invariant($"{found} references (also inside the import)")));

        var (first, firstCost) = await Measurement.RunAsync(() => ImportAsync(database, documents, run.Provider + " first import", cancellationToken));
        run.FirstImport = first;
        run.Stored = await StoredRows.CountAsync(database, cancellationToken);
        run.Steps.Add(new StepResult(FirstImportStep, firstCost, documents.Count, Describe(first)));

        var (again, againCost) = await Measurement.RunAsync(() => ImportAsync(database, documents, run.Provider + " re-import", cancellationToken));
        run.ReImport = again;
        run.Steps.Add(new StepResult(ReImportStep, againCost, documents.Count, Describe(again)));

        await using (var second = await createDatabase(cancellationToken))
        {
            await second.MigrateAsync(cancellationToken);
            var (warm, warmCost) = await Measurement.RunAsync(() => ImportAsync(second, documents, run.Provider + " warm import", cancellationToken));
            run.WarmImport = warm;
            run.Steps.Add(new StepResult(WarmImportStep, warmCost, documents.Count, Describe(warm)));
            if (createBeforeDatabase is not null)
            {
                await using var before = await createBeforeDatabase(cancellationToken);
                await before.MigrateAsync(cancellationToken);
                var (previous, beforeCost) = await Measurement.RunAsync(() => ImportAsync(before, documents, run.Provider + " warm import, before", cancellationToken));
                run.Steps.Add(new StepResult(
                    BeforeImportStep, beforeCost, documents.Count,
                    Invariant($"{Describe(previous)}; {beforeCost.Wall.TotalSeconds / warmCost.Wall.TotalSeconds:F2}× the warm import")));
            }
        }

        var (rows, baselineCost) = await Measurement.RunAsync(() => RawProvisionInsert.RunAsync(database, documents, cancellationToken));
        run.Steps.Add(new StepResult(BaselineStep, baselineCost, documents.Count, Invariant($"{rows} provision rows, no EF Core")));

        run.Steps.Add(new StepResult(TotalStep, parseCost.Plus(firstCost), documents.Count, "what one import of the corpus takes"));
        run.LoadAfter = MachineLoad.Now();
    }

    /// <summary>One batch import as the portal runs it: the production finder, a fresh context per document.</summary>
    private Task<ImportSummary> ImportAsync(BenchmarkDatabase database, List<ParsedDocument> documents, string label, CancellationToken cancellationToken)
    {
        var importer = new DocumentImporter(database, new CrossReferenceFinder());
        return importer.ImportManyAsync(documents, new ProgressLine(progressOutput, label, documents.Count), cancellationToken);
    }

    private static string Describe(ImportSummary summary) =>
        Invariant($"{summary.Imported} imported, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed} failed");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A line on the progress output every few hundred documents, so a slow run shows it is alive.</summary>
    private sealed class ProgressLine(TextWriter output, string label, int total) : IProgress<ImportProgress>
    {
        private const int Every = 250;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public void Report(ImportProgress value)
        {
            if (value.Processed % Every == 0 || value.Processed == total)
            {
                output.WriteLine(Invariant($"  {label}: {value.Processed}/{total} documents, {_clock.Elapsed.TotalSeconds:F1} s"));
            }
        }
    }
}
