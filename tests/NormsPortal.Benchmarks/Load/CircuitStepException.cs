namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// A step that did not render: <see cref="Kind"/> is what the report counts errors by ("timeout", "circuit error",
/// "connection closed", "HTTP 503" …). When <see cref="CircuitLost"/> the circuit is gone and the reader must load the page afresh.
/// </summary>
internal sealed class CircuitStepException(string kind, string message, bool circuitLost) : Exception(message)
{
    public string Kind { get; } = kind;

    public bool CircuitLost { get; } = circuitLost;
}
