using NormsPortal.Web.Components.Citations;

namespace NormsPortal.Web.Features.Citations;

/// <summary>Registers what citations need: the lookup shared by the API and the panel, and the clipboard.</summary>
public static class CitationServiceCollectionExtensions
{
    public static IServiceCollection AddCitations(this IServiceCollection services)
    {
        services.AddSingleton<ICitationService, CitationService>();
        services.AddScoped<ClipboardInterop>();
        return services;
    }
}
