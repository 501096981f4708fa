using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The one way an account is deleted: its user row goes, and with it, by the database's cascade, every
/// row that belongs to it (Identity's claims, logins, tokens and passkeys; the library; sessions). No
/// other account's data and nothing shared is touched. The last admin cannot delete their account.
/// </summary>
public sealed partial class AccountDeletion(UserManager<PortalUser> users, ILogger<AccountDeletion> logger)
{
    public async Task<IdentityResult> DeleteAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsInRoleAsync(user, Security.PortalRoles.Admin)
            && (await users.GetUsersInRoleAsync(Security.PortalRoles.Admin)).Count == 1)
        {
            return IdentityResult.Failed(new IdentityError { Code = "LastAdmin", Description = "The portal's last admin cannot delete their account. Make another account an admin first." });
        }

        var result = await users.DeleteAsync(user);
        if (result.Succeeded)
        {
            LogDeleted(logger, user.Id);
        }

        return result;
    }

    [LoggerMessage(EventId = SecurityEvents.AccountDeleted, Level = LogLevel.Information, Message = "Security: account {UserId} deleted by its owner")]
    private static partial void LogDeleted(ILogger logger, string userId);
}
