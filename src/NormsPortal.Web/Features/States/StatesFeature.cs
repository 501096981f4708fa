namespace NormsPortal.Web.Features.States;

/// <summary>Registers the States' queries, shared by the API and the pages.</summary>
public static class StatesFeature
{
    public static IServiceCollection AddStatesFeature(this IServiceCollection services) =>
        services.AddSingleton<StateQueries>();
}
