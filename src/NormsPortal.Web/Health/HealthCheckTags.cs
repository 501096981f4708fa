namespace NormsPortal.Web.Health;

/// <summary>Tags that decide which health endpoint runs a health check.</summary>
public static class HealthCheckTags
{
    /// <summary>
    /// Checks of what the portal needs to serve requests (e.g. the database); /health/ready runs
    /// them and answers 503 when one fails.
    /// </summary>
    public const string Ready = "ready";
}
