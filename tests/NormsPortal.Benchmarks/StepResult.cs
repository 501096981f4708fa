namespace NormsPortal.Benchmarks;

/// <summary>One row of a provider's table: a step, what it cost, how many documents it handled and what it gave.</summary>
internal sealed record StepResult(string Step, Measurement Cost, int? Documents, string Result)
{
    public double? DocumentsPerSecond =>
        Documents is { } count && Cost.Wall > TimeSpan.Zero ? count / Cost.Wall.TotalSeconds : null;
}
