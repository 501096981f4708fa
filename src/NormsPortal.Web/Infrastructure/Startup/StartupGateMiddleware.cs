using NormsPortal.Web.Configuration;

namespace NormsPortal.Web.Infrastructure.Startup;

/// <summary>Holds each request until the <see cref="StartupGate"/> opens; the health probes answer at once.</summary>
public static class StartupGateMiddleware
{
    public static WebApplication UseStartupGate(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Use(async (context, next) =>
        {
            // Liveness must answer during a long first load (the process is alive), and readiness says it is not ready.
            if (!gate.IsOpen && !IsHealthProbe(context.Request.Path))
            {
                await gate.WaitAsync(context.RequestAborted);
            }

            await next(context);
        });
        return app;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.Equals(HealthConfiguration.LivePath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(HealthConfiguration.ReadyPath, StringComparison.OrdinalIgnoreCase);
}
