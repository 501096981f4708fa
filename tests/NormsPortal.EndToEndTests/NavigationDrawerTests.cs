using System.Text.RegularExpressions;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// The navigation drawer, which the browser opens and closes (wwwroot/js/drawer.js), not the reader's circuit:
/// beside the page on a desktop, over it on a phone, on interactive and static pages alike.
/// </summary>
public sealed class NavigationDrawerTests(PortalFixture portal)
{
    [Fact]
    public async Task Phone_MenuOpensTheDrawerOverThePage_EscapeClosesIt_AndFocusReturnsToTheMenu()
    {
        await using var context = await portal.NewContextAsync(width: PortalFixture.PhoneWidth);
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        // The circuit replaces the prerendered page: the menu button it draws must still tell the drawer's state.
        await norm.WaitUntilInteractiveAsync();
        await Expect(norm.Drawer).ToBeHiddenAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "false");

        await norm.MenuButton.ClickAsync();

        await Expect(norm.Drawer).ToBeVisibleAsync();
        await Expect(norm.DrawerOverlay).ToBeVisibleAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(norm.Drawer.Locator("a").First).ToBeFocusedAsync();

        await norm.Page.Keyboard.PressAsync("Escape");

        await Expect(norm.Drawer).ToBeHiddenAsync();
        await Expect(norm.DrawerOverlay).ToBeHiddenAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(norm.MenuButton).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Phone_TappingBesideTheDrawerOrFollowingALink_ClosesIt()
    {
        await using var context = await portal.NewContextAsync(width: PortalFixture.PhoneWidth);
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();

        await norm.MenuButton.ClickAsync();
        await Expect(norm.Drawer).ToBeVisibleAsync();
        // The overlay's right edge: the drawer covers its left.
        var overlay = await norm.DrawerOverlay.BoundingBoxAsync() ?? throw new InvalidOperationException("No overlay.");
        await norm.Page.Mouse.ClickAsync(overlay.X + overlay.Width - 10, overlay.Y + overlay.Height / 2);
        await Expect(norm.Drawer).ToBeHiddenAsync();

        await norm.MenuButton.ClickAsync();
        await norm.Drawer.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Documents" }).ClickAsync();

        await Expect(norm.Page).ToHaveURLAsync(new Regex("/documents$"));
        await Expect(norm.Drawer).ToBeHiddenAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Desktop_DrawerIsBesideThePage_AndTheMenuClosesAndReopensIt()
    {
        await using var context = await portal.NewContextAsync();
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();
        await Expect(norm.Drawer).ToBeVisibleAsync();
        await Expect(norm.DrawerOverlay).ToBeHiddenAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.True(await MainContentIndentAsync(norm) > 0, "The page does not make room for the open drawer.");

        await norm.MenuButton.ClickAsync();

        await Expect(norm.Drawer).ToBeHiddenAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(norm.MenuButton).ToBeFocusedAsync();
        await Transitions.EndedAsync(norm.Page);
        Assert.Equal(0, await MainContentIndentAsync(norm));

        await norm.MenuButton.ClickAsync();

        await Expect(norm.Drawer).ToBeVisibleAsync();
        await Expect(norm.MenuButton).ToHaveAttributeAsync("aria-expanded", "true");
    }

    [Fact]
    public async Task StaticAccountPage_Phone_MenuOpensTheDrawer()
    {
        await using var context = await portal.NewContextAsync(width: PortalFixture.PhoneWidth);
        var page = new PortalPage(await context.NewPageAsync());
        await page.GotoAsync("/account/login");
        await Expect(page.Drawer).ToBeHiddenAsync();

        await page.MenuButton.ClickAsync();

        await Expect(page.Drawer).ToBeVisibleAsync();
        await Expect(page.MenuButton).ToHaveAttributeAsync("aria-expanded", "true");
    }

    private static Task<double> MainContentIndentAsync(PortalPage page) =>
        page.Page.Locator(".np-main-content").EvaluateAsync<double>("content => parseFloat(getComputedStyle(content).marginLeft)");
}
