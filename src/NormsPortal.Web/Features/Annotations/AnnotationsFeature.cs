using Microsoft.Extensions.DependencyInjection.Extensions;
using NormsPortal.Web.Features.Audit;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>Registers curators' annotations: their service (shared by the API and the pages) and the one Markdown renderer of their bodies, and the audit log they write to.</summary>
public static class AnnotationsFeature
{
    public static IServiceCollection AddAnnotationsFeature(this IServiceCollection services)
    {
        services.TryAddSingleton<MarkdownRenderer>();
        // Every change is audited: the audit feature registers the same writer for the host; this keeps the
        // pages that show annotations whole where only this feature is added (the component tests).
        services.TryAddSingleton<IAuditLog, AuditLog>();
        return services.AddSingleton<AnnotationService>();
    }
}
