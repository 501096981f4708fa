namespace NormsPortal.Web.Features.Compare;

/// <summary>Registers the comparison of two works' texts (the page is its only client: no endpoints).</summary>
public static class CompareFeature
{
    public static IServiceCollection AddCompareFeature(this IServiceCollection services) =>
        services.AddSingleton<ICompareService, CompareQuery>();
}
