using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Changing a password, mailing a reset link, and setting a password from one. A new password renews
/// the security stamp (Identity does), which ends the account's other sessions; the current browser is
/// signed in again.
/// </summary>
public sealed partial class PasswordChange(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IEmailSender<PortalUser> mail,
    IConfiguration configuration,
    ILogger<PasswordChange> logger)
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

    /// <summary>
    /// Mails a link to the reset-password page when an account has <paramref name="email"/>, and does
    /// nothing otherwise: the caller answers alike either way. The address need not be confirmed (the
    /// register page does not confirm it): the link goes to that address only, so using it proves it.
    /// The link points at <c>Accounts:PublicUrl</c> when set, else at the address the request came to.
    /// </summary>
    public async Task SendResetLinkAsync(string email, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.FindByEmailAsync(email);
        if (user?.Email is null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var site = PortalAddress.Of(configuration, request);
        // Identity's senders take the link HTML-encoded, as its own endpoints hand it over.
        await mail.SendPasswordResetLinkAsync(user, user.Email, HtmlEncoder.Default.Encode(site + ResetPasswordLink.PathForToken(user.Email, token)));
        LogResetLinkSent(logger, user.Id);
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

    [LoggerMessage(EventId = SecurityEvents.PasswordResetRequested, Level = LogLevel.Information, Message = "Security: a password-reset link was mailed to account {UserId}")]
    private static partial void LogResetLinkSent(ILogger logger, string userId);

    [LoggerMessage(EventId = SecurityEvents.PasswordReset, Level = LogLevel.Information, Message = "Security: account {UserId} set a new password from a reset link")]
    private static partial void LogReset(ILogger logger, string userId);
}
