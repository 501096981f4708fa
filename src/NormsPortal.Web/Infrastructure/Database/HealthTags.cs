namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>Tags that decide which health endpoint runs a check.</summary>
public static class HealthTags
{
    /// <summary>Checks that must pass before the instance takes traffic (<c>/health/ready</c>).</summary>
    public const string Ready = "ready";
}
