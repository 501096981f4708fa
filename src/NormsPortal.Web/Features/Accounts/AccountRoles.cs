using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Roles given and taken in the portal: only an admin may make another account an admin or take the
/// role back, and the last admin cannot be removed. A role change renews the account's security stamp,
/// so its open sessions sign in again with the new rights.
/// </summary>
public sealed partial class AccountRoles(UserManager<PortalUser> users, ILogger<AccountRoles> logger)
{
    public async Task<IdentityResult> SetAdminAsync(PortalUser actor, PortalUser account, bool isAdmin)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(account);
        if (!await users.IsInRoleAsync(actor, PortalRoles.Admin))
        {
            return IdentityResult.Failed(new IdentityError { Code = "NotAnAdmin", Description = "Only an admin can change who is an admin." });
        }

        if (await users.IsInRoleAsync(account, PortalRoles.Admin) == isAdmin)
        {
            return IdentityResult.Success;
        }

        if (!isAdmin && (await users.GetUsersInRoleAsync(PortalRoles.Admin)).Count == 1)
        {
            return IdentityResult.Failed(new IdentityError { Code = "LastAdmin", Description = "The portal needs at least one admin." });
        }

        var result = isAdmin
            ? await users.AddToRoleAsync(account, PortalRoles.Admin)
            : await users.RemoveFromRoleAsync(account, PortalRoles.Admin);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(account);
            LogRoleChanged(logger, account.Id, isAdmin ? "given" : "taken", actor.Id);
        }

        return result;
    }

    [LoggerMessage(EventId = SecurityEvents.RoleChanged, Level = LogLevel.Information, Message = "Security: account {UserId} was {Change} the Admin role by admin {ActorId}")]
    private static partial void LogRoleChanged(ILogger logger, string userId, string change, string actorId);
}
