using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using NormsPortal.Web.Health;
using NormsPortal.Web.Infrastructure.Startup;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// Liveness and readiness endpoints for orchestrators and reverse proxies. Features add their own
/// checks with <c>services.AddHealthChecks().AddXxx(..., tags: [HealthCheckTags.Ready])</c>.
/// </summary>
public static class HealthConfiguration
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        // Readiness is 503 while the gate holds requests: StartupGateMiddleware answers it then.
        services.AddSingleton<StartupGate>();
        services.AddHealthChecks();
        return services;
    }

    public static IEndpointRouteBuilder MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process answers. No checks, so a slow database never gets the process restarted.
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });

        // Ready: everything needed to serve requests works; 503 while one check is unhealthy.
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(HealthCheckTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });

        return endpoints;
    }
}
