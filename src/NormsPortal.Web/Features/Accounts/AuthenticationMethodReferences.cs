namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The <c>amr</c> (authentication methods references, RFC 8176) claim a sign-in leaves on its
/// principal, so a later check can ask how this session was signed in. Identity writes <c>pwd</c>
/// for a password and <c>mfa</c> for a password with a second factor; a passkey sign-in writes
/// <c>pop</c>, RFC 8176's "proof of possession of a key", which is what a WebAuthn assertion is.
/// A refreshed sign-in (password change, security-stamp check) keeps the value it had.
/// </summary>
public static class AuthenticationMethodReferences
{
    public const string ClaimType = "amr";

    public const string Password = "pwd";

    public const string MultiFactor = "mfa";

    public const string Passkey = "pop";
}
