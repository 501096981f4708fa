using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>Registers curators' annotations: their service (shared by the API and the pages) and the one Markdown renderer of their bodies.</summary>
public static class AnnotationsFeature
{
    public static IServiceCollection AddAnnotationsFeature(this IServiceCollection services)
    {
        services.TryAddSingleton<MarkdownRenderer>();
        return services.AddSingleton<AnnotationService>();
    }
}
