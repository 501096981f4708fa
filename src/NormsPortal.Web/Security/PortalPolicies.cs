namespace NormsPortal.Web.Security;

/// <summary>
/// The names of the portal's authorisation policies, in one place. The default policy (any signed-in
/// user, by cookie or bearer token) needs no name: <c>RequireAuthorization()</c> applies it.
/// </summary>
public static class PortalPolicies
{
    /// <summary>
    /// Signed in, in the <see cref="PortalRoles.Admin"/> role, and (unless <c>Admin:RequireTwoFactor</c>
    /// is false) by a session that proved a second factor: every admin endpoint and page uses it.
    /// </summary>
    public const string Admin = "Admin";
}
