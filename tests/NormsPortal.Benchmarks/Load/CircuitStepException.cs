namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// A step that did not render: <see cref="Kind"/> is what the report counts errors by ("timeout", "circuit error",
/// "connection closed", "HTTP 503" …). When <see cref="CircuitLost"/> the circuit is gone and the reader must load the page afresh.
/// </summary>
internal sealed class CircuitStepException(string kind, string message, bool circuitLost) : Exception(message)
{
    public string Kind { get; } = kind;

    public bool CircuitLost { get; } = circuitLost;

    /// <summary>
    /// Any other failure of a step (a request that timed out, a socket the server closed, a hub call that failed), by its
    /// type; the circuit behind it cannot be trusted any more.
    /// </summary>
    public static CircuitStepException From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as CircuitStepException ?? new CircuitStepException(
            exception is OperationCanceledException or TimeoutException ? "timeout" : exception.GetType().Name, exception.Message, circuitLost: true);
    }
}
