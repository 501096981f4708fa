using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.EndToEndTests;

/// <summary>Registering, signing out and in with a password, and axe on the account pages.</summary>
public sealed class AccountTests(PortalFixture portal)
{
    // The account pages' axe runs only look at the pages, so they share one signed-in account (tests of a
    // class run one after another) instead of registering one each.
    private static string? s_signedInState;

    private async Task<string> SignedInStateAsync()
    {
        if (s_signedInState is null)
        {
            await using var context = await portal.NewContextAsync();
            await new AccountPages(await context.NewPageAsync()).RegisterAndSignInAsync();
            s_signedInState = await context.StorageStateAsync();
        }

        return s_signedInState;
    }

    [Fact]
    public async Task Register_SignOut_SignIn_ShowsTheAccountInTheAppBar()
    {
        await using var context = await portal.NewContextAsync();
        var account = new AccountPages(await context.NewPageAsync());
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());

        await account.RegisterAsync(email, password);
        await Assertions.Expect(account.Message).ToContainTextAsync("sign in");
        await account.SignInAsync(email, password);
        await Assertions.Expect(account.AccountLink).ToHaveAttributeAsync("aria-label", $"Your account ({email})");

        await account.SignOutButton.ClickAsync();
        await Assertions.Expect(account.SignInLink).ToBeVisibleAsync();
        await account.GotoAsync(AccountPages.ManagePath);
        Assert.Contains(AccountPages.LoginPath, account.Page.Url, StringComparison.Ordinal);

        await account.SignInAsync(email, password);
        Assert.EndsWith(AccountPages.ManagePath, new Uri(account.Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(account.Page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
    }

    /// <summary>Each page is loaded once on a desktop and scanned there, then at phone width (<see cref="Widths"/>).</summary>
    [Theory]
    [InlineData(AccountPages.LoginPath)]
    [InlineData(AccountPages.RegisterPath)]
    [InlineData(AccountPages.ManagePath)]
    [InlineData("/account/login-2fa")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/manage/password")]
    [InlineData("/account/manage/two-factor")]
    [InlineData(AccountPages.PasskeysPath)]
    [InlineData("/account/manage/data")]
    [InlineData("/account/manage/delete")]
    public async Task AccountPage_HasNoSeriousAccessibilityViolations_OnADesktopAndAPhone(string path)
    {
        await using var context = path.StartsWith(AccountPages.ManagePath, StringComparison.Ordinal)
            ? await portal.NewContextWithStateAsync(await SignedInStateAsync())
            : await portal.NewContextAsync();
        var account = new AccountPages(await context.NewPageAsync());

        await account.GotoAsync(path);

        await Widths.DesktopThenPhoneAsync(account.Page, _ => Accessibility.AssertNoSeriousViolationsAsync(account.Page));
    }
}
