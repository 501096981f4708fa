namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Event ids of the security log (ASVS 7.2), in one range so an operator can filter them. Messages
/// name the account by id, never a password, a token or a code.
/// </summary>
public static class SecurityEvents
{
    public const int Registered = 7100;
    public const int SignedIn = 7101;
    public const int SignInFailed = 7102;
    public const int LockedOut = 7103;
    public const int SignedOut = 7104;
    public const int PasswordChanged = 7110;
    public const int PasswordReset = 7111;
    public const int PasswordResetRequested = 7112;
    public const int TwoFactorChanged = 7120;
    public const int TwoFactorReset = 7121;
    public const int PasskeyChanged = 7122;
    public const int RoleChanged = 7130;
    public const int AccountDeleted = 7140;
    public const int LockChanged = 7150;
    public const int SessionsEndedByAdmin = 7151;
}
