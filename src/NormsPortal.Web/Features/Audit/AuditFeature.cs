namespace NormsPortal.Web.Features.Audit;

/// <summary>Registers the audit log's writer (a singleton: the actor and the context come with each call).</summary>
public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) =>
        services.AddSingleton<IAuditLog, AuditLog>();
}
