using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.EndToEndTests;

/// <summary>The admin pages under axe at both widths (the curation journey itself is <see cref="CuratorJourneyTests"/>).</summary>
public sealed class AdminPagesTests(PortalFixture portal)
{
    private static readonly string[] s_adminPages =
    [
        "/admin", "/admin/users", "/admin/audit", AnnotationPages.ListPath, "/admin/annotations/orphaned", ImportPageObject.Path, "/admin/facts",
        "/admin/norms", "/admin/norms/1.6",
    ];

    /// <summary>
    /// One admin session; each page is loaded on a desktop and checked there, then at phone width (<see cref="Widths"/>)
    /// with its tables made wider than the phone, which must then scroll in focusable regions (<see cref="WideTables"/>).
    /// </summary>
    [Fact]
    public async Task AdminPages_HaveNoSeriousAccessibilityViolations_AndNeverScrollSideways_OnADesktopAndAPhone()
    {
        var admin = await portal.AdminAsync();
        await using var context = await portal.NewContextAsync();
        var pages = new AnnotationPages(await context.NewPageAsync());
        await new AccountPages(pages.Page).SignInAsAdminAsync(admin);
        await WriteAnAuditEntryAsync(pages);

        foreach (var path in s_adminPages)
        {
            await LoadOnADesktopAsync(pages, path);
            await Widths.DesktopThenPhoneAsync(pages.Page, async width =>
            {
                if (width == PortalFixture.PhoneWidth)
                {
                    await WideTables.WidenAndAssertTheyScrollInFocusableRegionsAsync(pages.Page);
                }

                await Accessibility.AssertNoSeriousViolationsAsync(pages.Page);
                await Widths.AssertNoSidewaysScrollAsync(pages.Page);
            });
        }

        // The editor with a note being written, its live preview included.
        await LoadOnADesktopAsync(pages, AnnotationPages.NewPath + "?norm=1.6");
        await pages.WriteAsync("A *note* with a [link](https://www.un.org/).");
        await Widths.DesktopThenPhoneAsync(pages.Page, _ => Accessibility.AssertNoSeriousViolationsAsync(pages.Page));
    }

    /// <summary>
    /// Makes sure the audit log has a row, whatever other tests wrote: the admin signs a new account out everywhere.
    /// Its row holds nothing that takes focus, so only the table's scroll region lets a keyboard reach its columns.
    /// </summary>
    private async Task WriteAnAuditEntryAsync(AnnotationPages pages)
    {
        var (email, password) = (TestPasswords.NewEmail("audited"), TestPasswords.New());
        await using (var context = await portal.NewContextAsync())
        {
            await new AccountPages(await context.NewPageAsync()).RegisterAsync(email, password);
        }

        await LoadOnADesktopAsync(pages, "/admin/users");
        await pages.Page.GetByTestId("users-search-text").FillAsync(email);
        await pages.Page.GetByTestId("users-search").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await pages.Page.GetByRole(AriaRole.Button, new() { Name = $"Sign out everywhere: {email}" }).ClickAsync();
        await Assertions.Expect(pages.Page.GetByTestId("users-message")).ToBeVisibleAsync();
    }

    private static async Task LoadOnADesktopAsync(AnnotationPages pages, string path)
    {
        await pages.Page.SetViewportSizeAsync(PortalFixture.DesktopWidth, 800);
        await pages.GotoAsync(path);
        await pages.WaitUntilInteractiveAsync();
    }
}
