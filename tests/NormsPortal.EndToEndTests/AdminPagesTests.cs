using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;

namespace NormsPortal.EndToEndTests;

/// <summary>The admin pages under axe at both widths (the curation journey itself is <see cref="CuratorJourneyTests"/>).</summary>
public sealed class AdminPagesTests(PortalFixture portal)
{
    private static readonly string[] s_adminPages =
    [
        "/admin/users", "/admin/audit", AnnotationPages.ListPath, "/admin/annotations/orphaned", ImportPageObject.Path, "/admin/facts",
        "/admin/norms", "/admin/norms/1.6",
    ];

    /// <summary>
    /// One admin session; each page is loaded on a desktop and checked there, then at phone width (<see cref="Widths"/>).
    /// </summary>
    [Fact]
    public async Task AdminPages_HaveNoSeriousAccessibilityViolations_AndNeverScrollSideways_OnADesktopAndAPhone()
    {
        var admin = await portal.AdminAsync();
        await using var context = await portal.NewContextAsync();
        var pages = new AnnotationPages(await context.NewPageAsync());
        await new AccountPages(pages.Page).SignInAsAdminAsync(admin);

        foreach (var path in s_adminPages)
        {
            await LoadOnADesktopAsync(pages, path);
            await Widths.DesktopThenPhoneAsync(pages.Page, async _ =>
            {
                await Accessibility.AssertNoSeriousViolationsAsync(pages.Page);
                await Widths.AssertNoSidewaysScrollAsync(pages.Page);
            });
        }

        // The editor with a note being written, its live preview included.
        await LoadOnADesktopAsync(pages, AnnotationPages.NewPath + "?norm=1.6");
        await pages.WriteAsync("A *note* with a [link](https://www.un.org/).");
        await Widths.DesktopThenPhoneAsync(pages.Page, _ => Accessibility.AssertNoSeriousViolationsAsync(pages.Page));
    }

    private static async Task LoadOnADesktopAsync(AnnotationPages pages, string path)
    {
        await pages.Page.SetViewportSizeAsync(PortalFixture.DesktopWidth, 800);
        await pages.GotoAsync(path);
        await pages.WaitUntilInteractiveAsync();
    }
}
