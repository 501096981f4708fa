using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Chromium's virtual authenticator (DevTools protocol, WebAuthn domain) on one page: a platform
/// authenticator that keeps discoverable passkeys, verifies the user and answers at once, as a
/// laptop's fingerprint reader would when touched. It lasts as long as the page.
/// </summary>
public static class VirtualAuthenticator
{
    public static async Task AttachAsync(IBrowserContext context, IPage page)
    {
        ArgumentNullException.ThrowIfNull(context);
        var devTools = await context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }
}
