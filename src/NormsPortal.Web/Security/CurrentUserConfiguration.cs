namespace NormsPortal.Web.Security;

/// <summary>Registers <see cref="ICurrentUser"/> (scoped) and feeds it the request's user.</summary>
public static class CurrentUserConfiguration
{
    public static IServiceCollection AddCurrentUser(this IServiceCollection services) =>
        services.AddScoped<ICurrentUser, CurrentUser>();

    /// <summary>Place after authentication, before the endpoints that need the user.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.UseMiddleware<CurrentUserMiddleware>();
}
