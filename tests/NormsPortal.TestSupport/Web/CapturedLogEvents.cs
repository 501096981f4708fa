using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NormsPortal.TestSupport.Web;

/// <summary>
/// A Serilog sink that keeps every event a test host writes. Register it as a service
/// (<c>services.AddSingleton&lt;ILogEventSink&gt;(captured)</c>): the portal's logger reads its sinks from the services.
/// </summary>
public sealed class CapturedLogEvents : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event at <paramref name="level"/> or above, rendered, for an assertion's message.</summary>
    public IReadOnlyList<string> RenderedAtOrAbove(LogEventLevel level) =>
        [.. _events.Where(logEvent => logEvent.Level >= level).Select(logEvent => $"{logEvent.Level}: {logEvent.RenderMessage(null)}")];
}
