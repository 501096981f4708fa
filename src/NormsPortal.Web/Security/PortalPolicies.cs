namespace NormsPortal.Web.Security;

/// <summary>
/// The names of the portal's authorisation policies, in one place. The default policy (any signed-in
/// user, by cookie or bearer token) needs no name: <c>RequireAuthorization()</c> applies it.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Signed in and in the <see cref="PortalRoles.Admin"/> role.</summary>
    public const string Admin = "Admin";
}
