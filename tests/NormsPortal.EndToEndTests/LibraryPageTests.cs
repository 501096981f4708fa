using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>The library page in Chromium, holding a bookmark: axe on a desktop and on a phone (the account pages have theirs in <see cref="AccountTests"/>).</summary>
public sealed class LibraryPageTests(PortalFixture portal)
{
    /// <summary>Loaded once on a desktop and scanned there, then at phone width (<see cref="Widths"/>).</summary>
    [Fact]
    public async Task LibraryPage_WithABookmark_HasNoSeriousAccessibilityViolations_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync();
        var account = new AccountPages(await context.NewPageAsync());
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        await account.RegisterAsync(email, password);
        await account.SignInAsync(email, password);
        var norm = new NormPageObject(account.Page);
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();
        await norm.Page.GetByTestId("bookmark-button").First.ClickAsync();
        await Expect(norm.Page.GetByTestId("bookmark-button").First).ToHaveAttributeAsync("aria-pressed", "true");

        await account.GotoAsync("/library");
        await account.WaitUntilInteractiveAsync();
        await Expect(account.Page.GetByTestId("library-count")).ToHaveTextAsync("1 bookmark");

        await Widths.DesktopThenPhoneAsync(account.Page, _ => Accessibility.AssertNoSeriousViolationsAsync(account.Page));
    }
}
