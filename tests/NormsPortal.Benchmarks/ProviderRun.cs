using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;

namespace NormsPortal.Benchmarks;

/// <summary>Everything one provider's run measured, and what went wrong in it.</summary>
internal sealed class ProviderRun(string provider)
{
    public string Provider { get; } = provider;

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    public List<StepResult> Steps { get; } = [];

    public int FilesRead { get; set; }

    public int Documents { get; set; }

    /// <summary>Files that gave no document (refused, unreadable, empty), as the parser reported them.</summary>
    public List<ImportMessage> ParseProblems { get; } = [];

    public ImportSummary? FirstImport { get; set; }

    public ImportSummary? ReImport { get; set; }

    /// <summary>The same first import into a second empty database, with the JIT compiler warm.</summary>
    public ImportSummary? WarmImport { get; set; }

    public StoredRows? Stored { get; set; }

    /// <summary>Cross-references the finder found in memory; the first import should store exactly as many.</summary>
    public int CrossReferencesFound { get; set; }

    /// <summary>Why the run could not finish, when it could not (a server that refused, a crash).</summary>
    public string? Aborted { get; set; }

    public StepResult? Step(string name) => Steps.Find(s => s.Step == name);

    /// <summary>Every reason this run counts as failed, one readable line each; empty when it passed.</summary>
    public IEnumerable<string> Failures()
    {
        if (Aborted is not null)
        {
            yield return $"the run stopped: {Aborted}";
        }

        foreach (var problem in ParseProblems)
        {
            yield return $"parse: {problem.Location}: [{problem.Code}] {problem.Text}";
        }

        if (Aborted is null && Documents == 0)
        {
            yield return "parse: no document was read.";
        }

        foreach (var failure in FirstImport?.Failures ?? [])
        {
            yield return $"first import: {Describe(failure)}";
        }

        foreach (var result in ReImport?.Results.Where(r => r.Outcome != ImportOutcome.Unchanged) ?? [])
        {
            yield return $"re-import: {result.Outcome}, expected Unchanged: {Describe(result)}";
        }

        foreach (var failure in WarmImport?.Failures ?? [])
        {
            yield return $"warm import: {Describe(failure)}";
        }

        if (Stored is { } stored && stored.CrossReferences != CrossReferencesFound)
        {
            yield return $"cross-references: the finder found {CrossReferencesFound} in memory but {stored.CrossReferences} were stored.";
        }
    }

    private static string Describe(DocumentImportResult result)
    {
        var reasons = result.Messages.Where(m => m.Severity == ImportSeverity.Error).Select(m => $"[{m.Code}] {m.Text}").ToList();
        var why = reasons.Count > 0 ? string.Join("; ", reasons) : "(no error message)";
        return $"{result.Symbol} ({result.Language}, {result.SourceName}): {why}";
    }
}
