namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>Registers agreed language: the service shared by the API and the pages.</summary>
public static class AgreedLanguageFeature
{
    // The implementation is registered here once the reuse engine is in (see the branch history).
    public static IServiceCollection AddAgreedLanguageFeature(this IServiceCollection services) => services;
}
