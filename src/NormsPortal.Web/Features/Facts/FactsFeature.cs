using Microsoft.Extensions.DependencyInjection.Extensions;
using NormsPortal.Web.Features.Audit;

namespace NormsPortal.Web.Features.Facts;

/// <summary>Registers the curators' work on the catalogue: correcting facts and adding works, audited.</summary>
public static class FactsFeature
{
    public static IServiceCollection AddFactsFeature(this IServiceCollection services)
    {
        // The audit feature registers the same writer for the host; this keeps the feature whole where it is added alone (component tests).
        services.TryAddSingleton<IAuditLog, AuditLog>();
        return services.AddSingleton<FactCuration>();
    }
}
