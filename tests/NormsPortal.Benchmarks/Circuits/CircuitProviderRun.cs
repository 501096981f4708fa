using NormsPortal.Web.Infrastructure.Diagnostics;

namespace NormsPortal.Benchmarks.Circuits;

/// <summary>What the circuit benchmark measured on one provider.</summary>
internal sealed class CircuitProviderRun(string provider)
{
    public string Provider { get; } = provider;

    public List<CircuitPageResult> Pages { get; } = [];

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    public string? Aborted { get; set; }
}

/// <summary>One page on one published portal (<see cref="Code"/>): the heap with one circuit open and with <see cref="Circuits"/> more, and by type when dumped.</summary>
internal sealed record CircuitPageResult(
    string Label, string Code, string Path, int Circuits, HeapDiagnostics.HeapReading Before, HeapDiagnostics.HeapReading After, IReadOnlyList<TypeGrowth> ByType)
{
    public double LiveKbPerCircuit => (After.LiveBytes - Before.LiveBytes) / 1024.0 / Circuits;

    public double HeapKbPerCircuit => (After.HeapSizeBytes - Before.HeapSizeBytes) / 1024.0 / Circuits;
}
