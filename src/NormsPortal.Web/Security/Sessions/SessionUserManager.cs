using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Security.Sessions;

/// <summary>
/// Identity's user manager, which also tells <see cref="UserSessions"/> when an account changed on this
/// instance. A password change, a reset, a role or two-factor change renews the security stamp, and a lockout
/// sets its end, each through <see cref="UpdateUserAsync"/>; the session checks this instance remembers
/// (for up to the check interval) still hold the old values, so they are forgotten and the next request of
/// every other session reads the account again and is ended at once, on every instance. A deleted account's sessions
/// go with it, and are forgotten the same way.
/// </summary>
public sealed class SessionUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    UserSessions sessions)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(PortalUser user)
    {
        var result = await base.UpdateUserAsync(user);
        if (result.Succeeded)
        {
            await sessions.ForgetChecksAsync(user.Id, CancellationToken);
        }

        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(PortalUser user)
    {
        var result = await base.DeleteAsync(user);
        if (result.Succeeded)
        {
            await sessions.ForgetChecksAsync(user.Id, CancellationToken);
        }

        return result;
    }
}
