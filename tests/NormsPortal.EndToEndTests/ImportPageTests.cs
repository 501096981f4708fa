using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.Data.Import.UnText;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.TestSupport.Import;

namespace NormsPortal.EndToEndTests;

/// <summary>An admin, signed in with a second factor, imports the UN's PDF of the seed draft from the browser.</summary>
public sealed partial class ImportPageTests(PortalFixture portal)
{
    private const string Symbol = "A/C.1/73/L.27/Rev.1";
    private const string SeedTextName = "A_C.1_73_L.27_Rev.1.txt";

    [Fact]
    public async Task Admin_UploadsThePdfOfTheSeedText_PreviewShowsTheSeedsParagraphs_ThenImportsIt()
    {
        var seedText = await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, SeedTextName), TestContext.Current.CancellationToken);
        var expected = UnTextParser.Parse(seedText, Symbol, SeedTextName).Provisions.SelectMany(p => p.SelfAndDescendants())
            .Select(p => (p.Anchor, Spaces().Replace(p.Text, " ").Trim())).ToList();
        await using var context = await portal.NewContextAsync();
        var account = new AccountPages(await context.NewPageAsync());
        await SignInWithSecondFactorAsync(account);

        var import = new ImportPageObject(account.Page);
        await import.GotoAsync(ImportPageObject.Path);
        await import.PreviewFileAsync("A_C.1_73_L.27_Rev.1.pdf", UnPdfLayout.Build(seedText, Symbol, "18-18962"));

        var previewed = (await import.ParagraphsAsync()).Select(p => (p.Anchor, Spaces().Replace(p.Text, " ").Trim())).ToList();
        Assert.Equal(expected, previewed);
        await import.CommitAsync();
        await Assertions.Expect(import.Done).ToContainTextAsync(Symbol);
    }

    /// <summary>Signs the configured admin in with a password, turns on an authenticator, and signs in again with its code.</summary>
    private static async Task SignInWithSecondFactorAsync(AccountPages account)
    {
        await account.SignInAsync(PortalFixture.AdminEmail, PortalFixture.AdminPassword);
        await account.GotoAsync("/account/manage/two-factor");
        var key = Totp.DecodeBase32(await account.Page.Locator("[data-testid=authenticator-key]").InnerTextAsync());
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        await account.Page.GetByLabel("Code from the app").FillAsync(Totp.Compute(key, step).ToString("D6", CultureInfo.InvariantCulture));
        await account.Page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(account.Page.Locator("[data-testid=recovery-codes] li").First).ToBeVisibleAsync();

        await account.SignOutButton.ClickAsync();
        await account.GotoAsync(AccountPages.LoginPath);
        await account.Page.GetByLabel("E-mail address").FillAsync(PortalFixture.AdminEmail);
        await account.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFixture.AdminPassword);
        await account.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await account.Page.WaitForURLAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
        await account.Page.GetByLabel("Authenticator or recovery code").FillAsync(Totp.Compute(key, step + 1).ToString("D6", CultureInfo.InvariantCulture));
        await account.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(account.AccountLink).ToHaveAttributeAsync("aria-label", $"Your account ({PortalFixture.AdminEmail})");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
