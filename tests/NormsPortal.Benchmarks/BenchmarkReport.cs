using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace NormsPortal.Benchmarks;

/// <summary>Prints the benchmark's findings: the machine, one table per provider, a summary, and every failure.</summary>
internal sealed class BenchmarkReport(TextWriter output)
{
    /// <summary>The goal the Corpus issue sets: the whole English corpus in under a minute.</summary>
    public static readonly TimeSpan Goal = TimeSpan.FromSeconds(60);

    public void WriteHeader(string corpusPath)
    {
        output.WriteLine("# Bulk-import benchmark");
        output.WriteLine();
        output.WriteLine($"- Corpus: {corpusPath}");
        output.WriteLine(Invariant($"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}"));
        output.WriteLine($"- Build: {Configuration}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        output.WriteLine($"- Load average (1 / 5 / 15 min) at start: {MachineLoad.Now()}");
        output.WriteLine();
    }

    public void WriteProvider(ProviderRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        output.WriteLine($"## {run.Provider}");
        output.WriteLine();
        output.WriteLine($"Load average before: {run.LoadBefore}; after: {run.LoadAfter}.");
        output.WriteLine();
        var table = new TextTable(
            ["Step", "Wall s", "CPU s", "JIT s", "GC pause s", "Alloc MB", "Docs", "Docs/s", "Result"],
            new HashSet<string> { "Wall s", "CPU s", "JIT s", "GC pause s", "Alloc MB", "Docs", "Docs/s" });
        foreach (var step in run.Steps)
        {
            table.AddRow(
                step.Step,
                Seconds(step.Cost.Wall),
                Seconds(step.Cost.Cpu),
                Seconds(step.Cost.Jit),
                Seconds(step.Cost.GcPause),
                Megabytes(step.Cost.AllocatedBytes),
                step.Documents is { } documents ? Invariant($"{documents}") : "",
                Rate(step),
                step.Result);
        }

        table.Write(output);
        if (run.Stored is { } stored)
        {
            output.WriteLine();
            output.WriteLine(Invariant(
                $"Stored after the first import: {stored.Works} works, {stored.Expressions} expressions, {stored.Provisions} provisions, {stored.CrossReferences} cross-references."));
        }

        output.WriteLine();
    }

    public void WriteSummary(IReadOnlyList<ProviderRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        output.WriteLine("## Summary");
        output.WriteLine();
        string[] headers =
        [
            "Provider", "Files", "Docs", "Failures", "Cross-refs", "Parse s", "Import s", "Import docs/s",
            "Re-import s", "Total s", "Total docs/s", "Warm import s", "Warm ÷ baseline", "Under 60 s",
        ];
        var table = new TextTable(headers, headers.Except(["Provider", "Under 60 s"]).ToHashSet());
        foreach (var run in runs)
        {
            var import = run.Step(ImportBenchmark.FirstImportStep);
            var warm = run.Step(ImportBenchmark.WarmImportStep);
            var baseline = run.Step(ImportBenchmark.BaselineStep);
            var total = run.Step(ImportBenchmark.TotalStep);
            table.AddRow(
                run.Provider,
                Invariant($"{run.FilesRead}"),
                Invariant($"{run.Documents}"),
                Invariant($"{run.Failures().Count()}"),
                run.Stored is { } stored ? Invariant($"{stored.CrossReferences}") : "",
                Seconds(run.Step(ImportBenchmark.ParseStep)?.Cost.Wall),
                Seconds(import?.Cost.Wall),
                Rate(import),
                Seconds(run.Step(ImportBenchmark.ReImportStep)?.Cost.Wall),
                Seconds(total?.Cost.Wall),
                Rate(total),
                Seconds(warm?.Cost.Wall),
                warm is not null && baseline is not null ? Invariant($"{warm.Cost.Wall / baseline.Cost.Wall:F1}×") : "",
                total is null ? "" : total.Cost.Wall < Goal ? "yes" : "no");
        }

        table.Write(output);
        output.WriteLine();
    }

    public void WriteFailures(IReadOnlyList<ProviderRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var failures = runs.SelectMany(run => run.Failures().Select(failure => $"- {run.Provider}: {failure}")).ToList();
        output.WriteLine(failures.Count == 0 ? "No failures." : Invariant($"## Failures ({failures.Count})"));
        if (failures.Count > 0)
        {
            output.WriteLine();
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
    }

#if DEBUG
    private const string Configuration = "Debug (figures are not representative: run with -c Release)";
#else
    private const string Configuration = "Release";
#endif

    private static string Rate(StepResult? step) => step?.DocumentsPerSecond is { } rate ? Invariant($"{rate:F1}") : "";

    // With the server garbage collector the allocation counter has been seen to go backwards; a
    // negative difference means nothing, so none is shown.
    private static string Megabytes(long bytes) => bytes >= 0 ? Invariant($"{bytes / (1024.0 * 1024.0):F0}") : "n/a";

    private static string Seconds(TimeSpan? time) => time is { } value ? Invariant($"{value.TotalSeconds:F2}") : "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
