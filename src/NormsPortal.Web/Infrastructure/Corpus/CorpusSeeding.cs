using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Corpus;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;

namespace NormsPortal.Web.Infrastructure.Corpus;

/// <summary>
/// Loads the shipped corpus at start-up (<see cref="CorpusLoader"/>), after the migrations, unless the last load that
/// completed was of the same files (then nothing is parsed). A file that cannot be read (the UN's empty Russian
/// 74/28) is reported and start-up goes on.
/// </summary>
public static partial class CorpusSeeding
{
    public static async Task SeedCorpusOnStartupAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(CorpusOptions.SectionName).Get<CorpusOptions>() ?? new CorpusOptions();
        if (!options.SeedOnStartup)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CorpusSeeding));
        var loader = new CorpusLoader(app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>());
        var report = await loader.LoadIfChangedAsync(CorpusFolders.BesideApp(), progress: null, app.Lifetime.ApplicationStopping);
        if (report is null)
        {
            LogUnchanged(logger);
            return;
        }

        LogLoaded(logger, report.Texts.Imported, report.Texts.Updated, report.Texts.Unchanged, report.Texts.Failed,
            report.Catalog.WorksAdded, report.Catalog.FactsAdded + report.Catalog.FactsUpdated, report.CatalogAfterTexts.NormQuotesFilled);
        foreach (var problem in report.Problems)
        {
            LogProblem(logger, problem.Location ?? "", problem.Text);
        }

        foreach (var failure in report.Texts.Failures)
        {
            LogFailure(logger, failure.SourceName, failure.Symbol, failure.Language, Reasons(failure));
        }
    }

    private static string Reasons(DocumentImportResult result) =>
        string.Join("; ", result.Messages.Where(m => m.Severity == ImportSeverity.Error).Select(m => m.Text));

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Corpus loaded: texts {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Failed} failed; catalogue {WorksAdded} works and {FactsChanged} facts added or updated; {QuotesFilled} norm quotes filled")]
    private static partial void LogLoaded(ILogger logger, int imported, int updated, int unchanged, int failed, int worksAdded, int factsChanged, int quotesFilled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus unchanged since its last load: nothing to load")]
    private static partial void LogUnchanged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus file {File} was not imported: {Reason}")]
    private static partial void LogProblem(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus file {File} ({Symbol}, {Language}) failed to import: {Reasons}")]
    private static partial void LogFailure(ILogger logger, string file, string symbol, string language, string reasons);
}
