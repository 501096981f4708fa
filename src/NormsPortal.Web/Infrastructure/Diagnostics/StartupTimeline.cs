using System.Diagnostics;
using System.Runtime;

namespace NormsPortal.Web.Infrastructure.Diagnostics;

/// <summary>
/// Where a start spends its time: each phase from the process's start to the first response, logged at Debug
/// (category <c>NormsPortal.Web.Infrastructure.Diagnostics.StartupTimeline</c>) with its own duration, the time
/// since the process started, and the process's CPU time and run-time compilation (JIT) so far: figures that a busy
/// machine stretches less than the wall clock. Phases marked before the host's logger exists are logged once it does.
/// Off at the default level, where it costs a few counter readings per phase and no middleware.
/// </summary>
public sealed partial class StartupTimeline
{
    private readonly DateTime _processStartedUtc = ProcessStartedUtc();
    private readonly List<(string Phase, Moment At)> _unlogged = [];
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
            var now = Moment.Now();
            if (_logger is null)
            {
                _unlogged.Add((phase, now));
                return;
            }

            Log(phase, now);
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
            foreach (var (phase, at) in _unlogged)
            {
                Log(phase, at);
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

    private void Log(string phase, Moment at)
    {
        LogPhase(_logger!, phase, (at.Utc - _lastUtc).TotalMilliseconds, (at.Utc - _processStartedUtc).TotalMilliseconds,
            at.Cpu.TotalMilliseconds, at.Jit.TotalMilliseconds, at.JitMethods);
        _lastUtc = at.Utc;
    }

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Start-up: {Phase} after {PhaseMs:F0} ms, {SinceProcessStartMs:F0} ms since the process started; CPU so far {CpuMs:F0} ms, JIT {JitMs:F0} ms for {JitMethods} methods")]
    private static partial void LogPhase(ILogger logger, string phase, double phaseMs, double sinceProcessStartMs, double cpuMs, double jitMs, long jitMethods);

    /// <summary>When a phase ended: the clock, the process's CPU time (all threads) and what the JIT had compiled by then.</summary>
    private readonly record struct Moment(DateTime Utc, TimeSpan Cpu, TimeSpan Jit, long JitMethods)
    {
        public static Moment Now() =>
            new(DateTime.UtcNow, Environment.CpuUsage.TotalTime, JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
    }
}
