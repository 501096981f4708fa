using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>What <see cref="AdminAccounts.EnsureAsync"/> did.</summary>
public enum AdminOutcome
{
    /// <summary>A new account with the given password, in the Admin role.</summary>
    Created,

    /// <summary>The account existed: it is in the Admin role now, its password untouched.</summary>
    AlreadyExisted,

    /// <summary>Nothing changed: the password or the address was refused (see the problems).</summary>
    Refused,
}

/// <summary>
/// The first admin, from configuration (<c>Admin:Email</c>, <c>Admin:Password</c>) or the
/// <c>create-admin</c> command: creates the account when the address has none, and never changes the
/// password of one that exists. Granting the role to a new admin later is an admin's act
/// (<see cref="AccountRoles"/>).
/// </summary>
public sealed partial class AdminAccounts(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, ILogger<AdminAccounts> logger)
{
    public async Task<(AdminOutcome Outcome, IReadOnlyList<string> Problems)> EnsureAsync(string email, string password)
    {
        await EnsureAdminRoleExistsAsync();
        var user = await users.FindByEmailAsync(email);
        var outcome = AdminOutcome.AlreadyExisted;
        if (user is null)
        {
            user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return (AdminOutcome.Refused, created.Errors.Select(error => error.Description).ToList());
            }

            LogCreated(logger, user.Id);
            outcome = AdminOutcome.Created;
        }

        if (!await users.IsInRoleAsync(user, PortalRoles.Admin))
        {
            var added = await users.AddToRoleAsync(user, PortalRoles.Admin);
            if (!added.Succeeded)
            {
                return (AdminOutcome.Refused, added.Errors.Select(error => error.Description).ToList());
            }

            LogRoleGranted(logger, user.Id);
        }

        return (outcome, []);
    }

    private async Task EnsureAdminRoleExistsAsync()
    {
        if (!await roles.RoleExistsAsync(PortalRoles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(PortalRoles.Admin));
        }
    }

    [LoggerMessage(EventId = SecurityEvents.Registered, Level = LogLevel.Information, Message = "Security: admin account {UserId} created by the operator")]
    private static partial void LogCreated(ILogger logger, string userId);

    [LoggerMessage(EventId = SecurityEvents.RoleChanged, Level = LogLevel.Information, Message = "Security: account {UserId} given the Admin role by the operator")]
    private static partial void LogRoleGranted(ILogger logger, string userId);
}
