using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.EndToEndTests;

/// <summary>Turning on an authenticator app and signing in with its code, as a person with the app would.</summary>
public sealed class TwoFactorTests(PortalFixture portal)
{
    [Fact]
    public async Task EnrolAuthenticator_ThenSignIn_AsksForAndAcceptsAFreshCode()
    {
        await using var context = await portal.NewContextAsync();
        var account = new AccountPages(await context.NewPageAsync());
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        await account.RegisterAsync(email, password);
        await account.SignInAsync(email, password);

        await account.GotoAsync("/account/manage/two-factor");
        var key = Totp.DecodeBase32(await account.Page.Locator("[data-testid=authenticator-key]").InnerTextAsync());
        var enrolStep = Totp.StepAt(DateTimeOffset.UtcNow);
        await account.Page.GetByLabel("Code from the app").FillAsync(Totp.Compute(key, enrolStep).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        await account.Page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(account.Page.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(TwoFactorSetup.RecoveryCodeCount);

        await account.SignOutButton.ClickAsync();
        await account.GotoAsync(AccountPages.LoginPath);
        await account.Page.GetByLabel("E-mail address").FillAsync(email);
        await account.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await account.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await account.Page.WaitForURLAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));

        // The enrolment code's step is spent (a code is accepted once), so sign in with the next step's
        // code: the app allows one step of clock drift, as an authenticator running a little fast would.
        var code = Totp.Compute(key, enrolStep + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await account.Page.GetByLabel("Authenticator or recovery code").FillAsync(code);
        await account.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(account.AccountLink).ToHaveAttributeAsync("aria-label", $"Your account ({email})");
    }
}
