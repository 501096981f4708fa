using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Corpus;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;

namespace NormsPortal.Web.Infrastructure.Corpus;

/// <summary>
/// <c>dotnet run --project src/NormsPortal.Web -- import &lt;file-or-folder&gt; …</c>: imports Akoma Ntoso
/// XML, UN text, PDF and Word files (a file's format told by its content; folders recursively) into
/// the configured database, one transaction per document, with progress and a summary. Files are
/// held to the limits of <see cref="ImportFileLimits"/> (configuration section <c>Import:Files</c>).
/// The exit code is 0 when nothing failed, 1 otherwise.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> paths, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (paths.Count == 0)
        {
            await output.WriteLineAsync("Usage: import <file-or-folder> [<file-or-folder> …]  (Akoma Ntoso XML, UN text, PDF, Word .docx; folders recursively)");
            return 2;
        }

        var limits = services.GetService<IConfiguration>()?.GetSection(ImportFileLimits.SectionName).Get<ImportFileLimits>() ?? new ImportFileLimits();
        var documents = new List<ParsedDocument>();
        var problems = new List<ImportMessage>();
        foreach (var path in paths)
        {
            await output.WriteLineAsync($"Reading {path} …");
            var batch = await ImportSources.ReadAsync(path, limits, cancellationToken);
            documents.AddRange(batch.Documents);
            problems.AddRange(batch.Problems);
            await output.WriteLineAsync($"  {batch.FilesRead} file(s), {batch.Documents.Count} document(s) to store, {batch.Problems.Count} unreadable");
        }

        var importer = new DocumentImporter(services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new CrossReferenceFinder());
        var summary = await importer.ImportManyAsync(documents, new ConsoleProgress(output, documents.Count), cancellationToken);
        await WriteSummaryAsync(output, summary, problems);
        return summary.Failed + problems.Count == 0 ? 0 : 1;
    }

    private static async Task WriteSummaryAsync(TextWriter output, ImportSummary summary, List<ImportMessage> problems)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync(
            $"Imported {summary.Imported}, updated {summary.Updated}, unchanged {summary.Unchanged}, failed {summary.Failed + problems.Count}.");
        foreach (var failure in summary.Failures)
        {
            var reasons = string.Join("; ", failure.Messages.Where(m => m.Severity == ImportSeverity.Error).Select(m => m.Text));
            await output.WriteLineAsync($"  failed: {failure.SourceName} ({failure.Symbol}, {failure.Language}): {reasons}");
        }

        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"  failed: {problem.Location}: {problem.Text}");
        }
    }

    /// <summary>One line every few percent, so a folder of thousands of files shows it is moving without flooding the terminal.</summary>
    private sealed class ConsoleProgress(TextWriter output, int total) : IProgress<ImportProgress>
    {
        private readonly int _every = Math.Max(1, total / 20);

        public void Report(ImportProgress value)
        {
            var (done, result) = (value.Processed, value.Latest);
            if (done % _every == 0 || done == total || result.Outcome == ImportOutcome.Failed)
            {
                output.WriteLine($"  [{done}/{total}] {result.Outcome,-9} {result.Symbol} ({result.Language})");
            }
        }
    }
}
