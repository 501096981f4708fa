namespace NormsPortal.Web.Security;

/// <summary>
/// How a sign-in proved who the user is, as <c>amr</c> values (RFC 8176), in one place: Identity's
/// sign-in manager adds <see cref="Password"/> or <see cref="MultiFactor"/> to the sign-in's claims,
/// <c>SessionSignInManager</c> records a passkey sign-in as <see cref="Passkey"/>, and the session
/// record keeps the value for the session's whole life (<c>UserSession.SignInMethod</c>).
/// </summary>
public static class AuthenticationMethods
{
    /// <summary>The claim Identity's sign-in manager puts the method in.</summary>
    public const string ClaimType = "amr";

    /// <summary>A password alone (Identity's value also for a browser remembered after a second factor).</summary>
    public const string Password = "pwd";

    /// <summary>A password and a second factor: an authenticator code or a recovery code (Identity's value).</summary>
    public const string MultiFactor = "mfa";

    /// <summary>A passkey: proof of possession of a key the authenticator unlocked for the user.</summary>
    public const string Passkey = "pop";

    /// <summary>Whether a session signed in by <paramref name="method"/> proved a second factor (what admin actions need).</summary>
    public static bool ProvesSecondFactor(string? method) => method is MultiFactor or Passkey;
}
