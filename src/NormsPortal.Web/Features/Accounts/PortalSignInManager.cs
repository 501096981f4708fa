using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Data.Model;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in manager with server-side sessions (<see cref="SessionSignInManager"/>) and the security log (ASVS 7.2): every sign-in by password, second
/// factor or passkey, each failure and lockout, and each sign-out, on the page and at the API alike.
/// The account is named by id; passwords, codes and tokens never reach the log.
/// </summary>
public sealed partial class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    UserSessions sessions)
    : SessionSignInManager(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation, sessions)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            LogUnknownAccount(Logger, "password");
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(PortalUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        LogOutcome(user.Id, "password", result);
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        LogOutcome(user?.Id, "authenticator code", result);
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        LogOutcome(user?.Id, "recovery code", result);
        return result;
    }

    public override Task<SignInResult> PasskeySignInAsync(string credentialJson) => PasskeySignInAsync(credentialJson, isPersistent: false);

    /// <summary>
    /// Identity's passkey sign-in, with the "keep me signed in" choice and its own <c>amr</c>
    /// (<see cref="AuthenticationMethods.Passkey"/>, where Identity writes <c>pwd</c>), so a
    /// check that wants more than a password can tell it from one.
    /// </summary>
    public async Task<SignInResult> PasskeySignInAsync(string credentialJson, bool isPersistent)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialJson);
        PasskeyAssertionResult<PortalUser> assertion;
        try
        {
            assertion = await PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way: its short-lived cookie expired, or the form was posted without one. A failed sign-in, not an error.
            assertion = PasskeyAssertionResult.Fail<PortalUser>(new PasskeyException("No passkey sign-in is under way."));
        }

        if (!assertion.Succeeded)
        {
            LogUnknownAccount(Logger, "passkey");
            return SignInResult.Failed;
        }

        var result = await PreSignInCheck(assertion.User) ?? await CompletePasskeySignInAsync(assertion.User, assertion.Passkey, isPersistent);
        LogOutcome(assertion.User.Id, "passkey", result);
        return result;
    }

    private async Task<SignInResult> CompletePasskeySignInAsync(PortalUser user, UserPasskeyInfo passkey, bool isPersistent)
    {
        // The stored sign count and authenticator data stay current: that is how a cloned authenticator shows.
        if (!(await UserManager.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded)
        {
            return SignInResult.Failed;
        }

        // As in Identity, no second factor is asked: a passkey is possession of a key, mostly unlocked by a PIN or a biometric.
        await SignInWithClaimsAsync(user, isPersistent, [new Claim(AuthenticationMethods.ClaimType, AuthenticationMethods.Passkey)]);
        return SignInResult.Success;
    }

    public override async Task SignOutAsync()
    {
        var userId = UserManager.GetUserId(Context.User);
        await base.SignOutAsync();
        if (userId is not null)
        {
            LogSignedOut(Logger, userId);
        }
    }

    private void LogOutcome(string? userId, string method, SignInResult result)
    {
        userId ??= "(unknown)";
        if (result.Succeeded)
        {
            LogSignedIn(Logger, userId, method);
        }
        else if (result.IsLockedOut)
        {
            LogLockedOut(Logger, userId, method);
        }
        else if (!result.RequiresTwoFactor)
        {
            LogFailed(Logger, userId, method, result.IsNotAllowed ? "not allowed" : "wrong credentials");
        }
    }

    [LoggerMessage(EventId = SecurityEvents.SignedIn, Level = LogLevel.Information, Message = "Security: account {UserId} signed in by {Method}")]
    private static partial void LogSignedIn(ILogger logger, string userId, string method);

    [LoggerMessage(EventId = SecurityEvents.SignInFailed, Level = LogLevel.Warning, Message = "Security: sign-in of account {UserId} by {Method} failed ({Reason})")]
    private static partial void LogFailed(ILogger logger, string userId, string method, string reason);

    [LoggerMessage(EventId = SecurityEvents.SignInFailed, Level = LogLevel.Warning, Message = "Security: sign-in by {Method} for an unknown account failed")]
    private static partial void LogUnknownAccount(ILogger logger, string method);

    [LoggerMessage(EventId = SecurityEvents.LockedOut, Level = LogLevel.Warning, Message = "Security: account {UserId} is locked out (sign-in by {Method})")]
    private static partial void LogLockedOut(ILogger logger, string userId, string method);

    [LoggerMessage(EventId = SecurityEvents.SignedOut, Level = LogLevel.Information, Message = "Security: account {UserId} signed out")]
    private static partial void LogSignedOut(ILogger logger, string userId);
}
