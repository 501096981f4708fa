using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NormsPortal.Web.Infrastructure.Startup;

/// <summary>Not ready while the <see cref="StartupGate"/> holds requests: a load balancer sends none yet.</summary>
public sealed class StartupGateHealthCheck(StartupGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsOpen
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Start-up work (the shipped corpus check) has not ended yet."));
}
