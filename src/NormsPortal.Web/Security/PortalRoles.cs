namespace NormsPortal.Web.Security;

/// <summary>
/// The portal's roles. An account without a role is a researcher; <see cref="Admin"/> is given only
/// by another admin or by the <c>create-admin</c> command.
/// </summary>
public static class PortalRoles
{
    public const string Admin = "Admin";
}
