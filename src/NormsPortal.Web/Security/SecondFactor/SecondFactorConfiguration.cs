using Microsoft.AspNetCore.Authorization;

namespace NormsPortal.Web.Security.SecondFactor;

/// <summary>Registers the admin policy's second-factor check (<see cref="AdminOptions"/>) and its explained refusals.</summary>
public static class SecondFactorConfiguration
{
    public static IServiceCollection AddAdminSecondFactor(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddSingleton<IAuthorizationHandler, SecondFactorHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, SecondFactorAnswers>();
        return services;
    }
}
