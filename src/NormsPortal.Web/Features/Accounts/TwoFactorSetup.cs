using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Turning two-factor sign-in with an authenticator app on and off, and the recovery codes that stand
/// in for the app once each. Every change is in the security log.
/// </summary>
public sealed partial class TwoFactorSetup(
    UserManager<PortalUser> users, IUserStore<PortalUser> store, SignInManager<PortalUser> signIn, ILogger<TwoFactorSetup> logger)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to enter in the app, made on first use, and the otpauth address a QR code would carry.</summary>
    public async Task<(string Key, string AuthenticatorUri)> KeyAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A first key, while two-factor sign-in is still off, changes nothing about how the account signs
            // in: unlike Identity's ResetAuthenticatorKeyAsync it keeps the security stamp, which would end
            // the very session that is showing the key (sessions check the stamp on every request).
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        var label = Uri.EscapeDataString($"NormsPortal:{user.Email}");
        return (key, $"otpauth://totp/{label}?secret={key}&issuer=NormsPortal&digits=6");
    }

    /// <summary>Turns two-factor sign-in on when <paramref name="code"/> proves the app has the key; the new recovery codes, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(PortalUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var normalised = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalised))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        LogChanged(logger, user.Id, "turned on");
        var codes = await NewRecoveryCodesAsync(user);
        await signIn.RefreshSignInAsync(user);
        return codes;
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PortalUser user)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        LogChanged(logger, user.Id, "given new recovery codes");
        return codes;
    }

    /// <summary>Turns two-factor sign-in off and forgets the key, so turning it on again needs a new one.</summary>
    public async Task DisableAsync(PortalUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        LogChanged(logger, user.Id, "turned off");
        await signIn.RefreshSignInAsync(user);
    }

    [LoggerMessage(EventId = SecurityEvents.TwoFactorChanged, Level = LogLevel.Information, Message = "Security: two-factor sign-in of account {UserId} {Change}")]
    private static partial void LogChanged(ILogger logger, string userId, string change);
}
