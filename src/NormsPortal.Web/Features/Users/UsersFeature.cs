namespace NormsPortal.Web.Features.Users;

/// <summary>Registers account management for admins (the users page, the API and the <c>reset-2fa</c> command share it).</summary>
public static class UsersFeature
{
    public static IServiceCollection AddUsersFeature(this IServiceCollection services) =>
        services.AddSingleton<UserAdministration>();
}
