using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;

namespace NormsPortal.EndToEndTests;

/// <summary>A passkey, as a person with a laptop's fingerprint reader uses one (Chromium's virtual authenticator).</summary>
public sealed class PasskeyTests(PortalFixture portal)
{
    [Fact]
    public async Task AddPasskey_SignOut_SignInPageOffersItInAutofill_ThenRenameAndRemoveIt()
    {
        await using var context = await portal.NewLocalhostContextAsync();
        var page = await context.NewPageAsync();
        await VirtualAuthenticator.AttachAsync(context, page);
        var account = new AccountPages(page);
        var email = await account.RegisterAndSignInAsync();

        await account.AddPasskeyAsync("Work laptop");
        await Assertions.Expect(account.Passkeys).ToContainTextAsync(["Work laptop"]);

        // Signed out on a page anyone may see: from an account page the portal would go on to the sign-in page, where the
        // virtual authenticator, answering at once, would sign straight back in.
        await account.GotoAsync("/");
        await account.SignOutButton.ClickAsync();
        await Assertions.Expect(account.SignInLink).ToBeVisibleAsync();
        await account.SignInWithPasskeyFromAutofillAsync();
        await Assertions.Expect(account.AccountLink).ToHaveAttributeAsync("aria-label", $"Your account ({email})");

        await account.GotoAsync("/account/manage/sessions");
        await Assertions.Expect(page.Locator("[data-active=true]").Filter(new() { HasText = "(this browser)" })).ToHaveCountAsync(1);

        await account.GotoAsync(AccountPages.PasskeysPath);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rename Work laptop" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Old laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
        await Assertions.Expect(account.Passkeys).ToContainTextAsync(["Old laptop"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Old laptop" }).ClickAsync();

        await Assertions.Expect(account.Message).ToContainTextAsync("The passkey was removed");
        await Assertions.Expect(account.Passkeys).ToHaveCountAsync(0);
    }
}
