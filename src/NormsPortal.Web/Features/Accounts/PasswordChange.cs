using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Changing a password and setting one from a reset link. Either renews the security stamp (Identity
/// does), which ends the account's other sessions; the current browser is signed in again.
/// </summary>
public sealed partial class PasswordChange(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ILogger<PasswordChange> logger)
{
    public async Task<IdentityResult> ChangeAsync(PortalUser user, string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            LogChanged(logger, user.Id);
        }

        return result;
    }

    public async Task<IdentityResult> ResetAsync(string email, string token, string newPassword)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Like a wrong token: the page says the link does not work, not whether the address has an account.
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "Invalid token." });
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            LogReset(logger, user.Id);
        }

        return result;
    }

    [LoggerMessage(EventId = SecurityEvents.PasswordChanged, Level = LogLevel.Information, Message = "Security: account {UserId} changed its password")]
    private static partial void LogChanged(ILogger logger, string userId);

    [LoggerMessage(EventId = SecurityEvents.PasswordReset, Level = LogLevel.Information, Message = "Security: account {UserId} set a new password from a reset link")]
    private static partial void LogReset(ILogger logger, string userId);
}
