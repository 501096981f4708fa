namespace NormsPortal.Web.Security.SecondFactor;

/// <summary>
/// Section <c>Admin</c>: whether admin actions need a session signed in with a second factor. True by
/// default; false only for a portal whose admins cannot use one yet (a first set-up, a test fixture).
/// <c>Admin:Email</c> and <c>Admin:Password</c> of the same section belong to <c>ConfiguredAdmin</c>.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public bool RequireTwoFactor { get; set; } = true;
}
