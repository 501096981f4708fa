using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NormsPortal.Web.Security.Sessions;

/// <summary>Registers server-side sessions: the store and the per-request check.</summary>
public static class SessionsConfiguration
{
    /// <summary>
    /// Call after Identity is added: its authentication service is replaced by one that checks sessions. The sessions start and end
    /// in the sign-in manager, which derives from <see cref="SessionSignInManager"/>.
    /// </summary>
    public static IServiceCollection AddPortalSessions(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>()
            .BindConfiguration(SessionOptions.SectionName)
            .Validate(sessions => sessions.IsValid,
                $"Sessions:IdleTimeout and Sessions:AbsoluteLifetime must be positive, Sessions:CheckInterval between 0 and {SessionOptions.LongestCheckInterval}.")
            .ValidateOnStart();
        services.AddSingleton<UserSessions>();
        services.Replace(ServiceDescriptor.Scoped<IAuthenticationService, SessionCheckingAuthenticationService>());
        return services;
    }
}
