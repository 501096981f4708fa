namespace NormsPortal.Web.Features.Compare;

/// <summary>Registers the comparison of two works' texts.</summary>
public static class CompareServiceCollectionExtensions
{
    public static IServiceCollection AddCompare(this IServiceCollection services) =>
        services.AddSingleton<ICompareService, CompareQuery>();
}
