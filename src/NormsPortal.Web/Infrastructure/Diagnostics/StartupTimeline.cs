using System.Diagnostics;

namespace NormsPortal.Web.Infrastructure.Diagnostics;

/// <summary>
/// Where a start spends its time: each phase from the process's start to the first response, logged at Debug
/// (category <c>NormsPortal.Web.Infrastructure.Diagnostics.StartupTimeline</c>) with its own duration and the time
/// since the process started. Phases marked before the host's logger exists are logged once it does. Off at the
/// default level, where it costs a clock reading per phase and no middleware.
/// </summary>
public sealed partial class StartupTimeline
{
    private readonly DateTime _processStartedUtc = ProcessStartedUtc();
    private readonly List<(string Phase, DateTime AtUtc)> _unlogged = [];
    private readonly Lock _lock = new();
    private DateTime _lastUtc;
    private ILogger? _logger;

    private StartupTimeline() => _lastUtc = _processStartedUtc;

    /// <summary>Starts the timeline where <c>Main</c> begins: the first phase is the runtime's own start.</summary>
    public static StartupTimeline Begin()
    {
        var timeline = new StartupTimeline();
        timeline.Mark("runtime started, Main entered");
        return timeline;
    }

    /// <summary>Records that <paramref name="phase"/> has just finished.</summary>
    public void Mark(string phase)
    {
        // The server's start and the first response are marked from threads of their own.
        lock (_lock)
        {
            var nowUtc = DateTime.UtcNow;
            if (_logger is null)
            {
                _unlogged.Add((phase, nowUtc));
                return;
            }

            Log(phase, nowUtc);
        }
    }

    /// <summary>
    /// Logs what was marked so far to <paramref name="app"/>'s logger and, when Debug is on for this category, marks
    /// the server listening (hosted services started) and the first response.
    /// </summary>
    public void Attach(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupTimeline>();
        lock (_lock)
        {
            _logger = logger;
            foreach (var (phase, atUtc) in _unlogged)
            {
                Log(phase, atUtc);
            }

            _unlogged.Clear();
        }

        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() => Mark("hosted services started, server listening"));
        var firstResponse = 0;
        app.Use(async (context, next) =>
        {
            await next(context);
            if (Interlocked.Exchange(ref firstResponse, 1) == 0)
            {
                Mark($"first response ({context.Request.Path}, {context.Response.StatusCode})");
            }
        });
    }

    private static DateTime ProcessStartedUtc()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime.ToUniversalTime();
    }

    private void Log(string phase, DateTime atUtc)
    {
        LogPhase(_logger!, phase, (atUtc - _lastUtc).TotalMilliseconds, (atUtc - _processStartedUtc).TotalMilliseconds);
        _lastUtc = atUtc;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Phase} after {PhaseMs:F0} ms, {SinceProcessStartMs:F0} ms since the process started")]
    private static partial void LogPhase(ILogger logger, string phase, double phaseMs, double sinceProcessStartMs);
}
