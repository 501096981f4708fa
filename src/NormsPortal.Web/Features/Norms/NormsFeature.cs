namespace NormsPortal.Web.Features.Norms;

/// <summary>Registers the norms' queries and their lineage, shared by the API and the pages, and curators' changes to norms (label and themes, links, decisions on computed steps).</summary>
public static class NormsFeature
{
    public static IServiceCollection AddNormsFeature(this IServiceCollection services) =>
        services.AddSingleton<NormQueries>().AddSingleton<NormLineageQuery>().AddSingleton<NormCuration>()
            .AddSingleton<NormLinkCuration>().AddSingleton<NormStepReviews>();
}
