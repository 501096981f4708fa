namespace NormsPortal.Web.Features.Citations;

/// <summary>Registers what citations need: the lookup shared by the API and the panel.</summary>
public static class CitationsFeature
{
    public static IServiceCollection AddCitationsFeature(this IServiceCollection services) =>
        services.AddSingleton<ICitationService, CitationService>();
}
