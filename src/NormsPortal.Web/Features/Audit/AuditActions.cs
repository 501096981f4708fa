namespace NormsPortal.Web.Features.Audit;

/// <summary>
/// The actions of user management, as the audit log names them. Each feature names its own actions
/// the same way (<c>kind.past-tense</c>) next to its code, so the log's filter offers what is stored.
/// </summary>
public static class AuditActions
{
    public const string AdminGranted = "user.admin-granted";
    public const string AdminRevoked = "user.admin-revoked";
    public const string Locked = "user.locked";
    public const string Unlocked = "user.unlocked";
    public const string SignedOut = "user.signed-out";
    public const string TwoFactorReset = "user.two-factor-reset";
}
