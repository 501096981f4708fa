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

    public static TheoryData<string, int> AccountPagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { PortalFixture.DesktopWidth, PortalFixture.PhoneWidth })
        {
            foreach (var path in new[] { AccountPages.LoginPath, AccountPages.RegisterPath, AccountPages.ManagePath,
                "/account/login-2fa", "/account/forgot-password", "/account/manage/password", "/account/manage/two-factor", AccountPages.PasskeysPath,
                "/account/manage/data", "/account/manage/delete" })
            {
                data.Add(path, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AccountPagesAndWidths))]
    public async Task AccountPage_HasNoSeriousAccessibilityViolations(string path, int width)
    {
        await using var context = path.StartsWith(AccountPages.ManagePath, StringComparison.Ordinal)
            ? await portal.NewContextWithStateAsync(await SignedInStateAsync(), width)
            : await portal.NewContextAsync(width);
        var account = new AccountPages(await context.NewPageAsync());

        await account.GotoAsync(path);

        await Accessibility.AssertNoSeriousViolationsAsync(account.Page);
    }
}
