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

    [Theory]
    [InlineData(PortalFixture.DesktopWidth)]
    [InlineData(PortalFixture.PhoneWidth)]
    public async Task AdminPages_HaveNoSeriousAccessibilityViolations_AndNeverScrollSideways(int width)
    {
        var admin = await portal.AdminAsync();
        await using var context = await portal.NewContextAsync(width);
        var pages = new AnnotationPages(await context.NewPageAsync());
        await new AccountPages(pages.Page).SignInAsAdminAsync(admin);

        foreach (var path in s_adminPages)
        {
            await pages.GotoAsync(path);
            await pages.WaitUntilInteractiveAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(pages.Page);
            var overflow = await pages.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px.");
        }

        // The editor with a note being written, its live preview included.
        await pages.GotoAsync(AnnotationPages.NewPath + "?norm=1.6");
        await pages.WaitUntilInteractiveAsync();
        await pages.WriteAsync("A *note* with a [link](https://www.un.org/).");
        await Accessibility.AssertNoSeriousViolationsAsync(pages.Page);
    }
}
