namespace NormsPortal.Web.Features.Home;

/// <summary>Registers the home page's overview (the page is its only client: no endpoints).</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services) =>
        services.AddSingleton<HomeQueries>();
}
