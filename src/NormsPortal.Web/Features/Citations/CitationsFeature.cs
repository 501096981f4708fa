namespace NormsPortal.Web.Features.Citations;

/// <summary>Registers what citations need: the lookup shared by the API and the panel.</summary>
public static class CitationServiceCollectionExtensions
{
    public static IServiceCollection AddCitations(this IServiceCollection services)
    {
        services.AddSingleton<ICitationService, CitationService>();
        return services;
    }
}
