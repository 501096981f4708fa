using System.Globalization;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The authenticator-app check with replay protection (ASVS 2.8.4): a code is accepted once. The
/// time step of the last accepted code is kept with the account, and a code of that step or an
/// earlier one is refused, even inside the clock-drift window of one step either side.
/// </summary>
public sealed class OnceOnlyAuthenticatorTokenProvider : AuthenticatorTokenProvider<PortalUser>
{
    public const string ProviderName = "OnceOnlyAuthenticator";

    private const string StoreName = "[NormsPortal]";
    private const string LastStepName = "LastAuthenticatorStep";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var lastStep = long.TryParse(await manager.GetAuthenticationTokenAsync(user, StoreName, LastStepName), CultureInfo.InvariantCulture, out var stored)
            ? stored
            : long.MinValue;
        var keyBytes = Totp.DecodeBase32(key);
        var now = Totp.StepAt(DateTimeOffset.UtcNow);
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > lastStep && Totp.Compute(keyBytes, step) == code)
            {
                await manager.SetAuthenticationTokenAsync(user, StoreName, LastStepName, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }
}
