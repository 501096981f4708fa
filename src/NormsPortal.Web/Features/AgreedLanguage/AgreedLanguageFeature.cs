namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>Registers agreed language: the service shared by the API and the pages.</summary>
public static class AgreedLanguageFeature
{
    public static IServiceCollection AddAgreedLanguageFeature(this IServiceCollection services) =>
        services.AddSingleton<IAgreedLanguageService, AgreedLanguageService>();
}
