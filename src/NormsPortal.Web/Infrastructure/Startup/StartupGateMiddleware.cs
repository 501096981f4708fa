using Microsoft.Extensions.Diagnostics.HealthChecks;
using NormsPortal.Web.Configuration;
using NormsPortal.Web.Health;

namespace NormsPortal.Web.Infrastructure.Startup;

/// <summary>
/// Holds each request until the <see cref="StartupGate"/> opens. Meanwhile liveness answers as usual and readiness
/// answers 503 "startup: Unhealthy" here, without running the health checks: a start that is still under way is
/// expected, not a failure, so it must not be logged as a failing check at Error on every probe.
/// </summary>
public static class StartupGateMiddleware
{
    private const string StartupEntry = "startup";

    public static WebApplication UseStartupGate(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Use(async (context, next) =>
        {
            if (!gate.IsOpen)
            {
                var path = context.Request.Path;
                if (path.Equals(HealthConfiguration.ReadyPath, StringComparison.OrdinalIgnoreCase))
                {
                    await AnswerNotReadyAsync(context);
                    return;
                }

                // Liveness must answer during a long first load: the process is alive.
                if (!path.Equals(HealthConfiguration.LivePath, StringComparison.OrdinalIgnoreCase))
                {
                    await gate.WaitAsync(context.RequestAborted);
                }
            }

            await next(context);
        });
        return app;
    }

    private static Task AnswerNotReadyAsync(HttpContext context)
    {
        var startup = new HealthReportEntry(HealthStatus.Unhealthy, description: null, TimeSpan.Zero, exception: null, data: null);
        var report = new HealthReport(new Dictionary<string, HealthReportEntry> { [StartupEntry] = startup }, TimeSpan.Zero);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.CacheControl = "no-store, no-cache";
        return HealthResponseWriter.WriteAsync(context, report);
    }
}
