using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.Web.Api;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// Home, norms, the document list, 404s with suggestions, print and the skip link, in Chromium. The
/// way from home to norm 1.6 and on to its paragraph is <see cref="DiplomatJourneyTests"/>.
/// </summary>
public sealed class ReaderPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task Norm_NextLink_LeadsToTheNextNorm()
    {
        await using var context = await portal.NewContextAsync();
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.12");
        await norm.WaitUntilInteractiveAsync();

        await norm.NextNorm.ClickAsync();

        await Expect(norm.Page).ToHaveURLAsync(new Regex("/norms/1\\.13$"));
        await Expect(norm.Page.Locator("[data-testid=norm-neighbours] a[rel=next]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Documents_FilterFormWorks_BeforeAndAfterThePageIsInteractive()
    {
        await using var context = await portal.NewContextAsync();
        var documents = new DocumentsPageObject(await context.NewPageAsync());

        // A plain GET form: the address carries the filters even without the circuit.
        var response = await documents.GotoListAsync("?kind=report&sort=symbol");
        Assert.Equal(200, response.Status);
        await Expect(documents.Kind).ToHaveValueAsync("report");
        await Expect(documents.Rows).ToHaveCountAsync(3);
        await Expect(documents.RowSymbols.First).ToHaveTextAsync("A/65/201");

        await documents.WaitUntilInteractiveAsync();
        await documents.Kind.SelectOptionAsync("hrc-resolution");
        await documents.Apply.ClickAsync();

        await Expect(documents.Page).ToHaveURLAsync(new Regex(@"/documents\?kind=hrc-resolution&sort=symbol$"));
        await Expect(documents.Rows).ToHaveCountAsync(2);
        await Expect(documents.RowSymbols.First).ToHaveTextAsync("A/HRC/RES/20/8");
    }

    [Fact]
    public async Task Documents_YearRangeAndPaging_StayInTheAddress()
    {
        await using var context = await portal.NewContextAsync();
        var documents = new DocumentsPageObject(await context.NewPageAsync());
        await documents.GotoListAsync();
        await documents.WaitUntilInteractiveAsync();
        await Expect(documents.Rows).ToHaveCountAsync(Paging.DefaultPageSize);

        await documents.YearFrom.FillAsync("2018");
        await documents.YearTo.FillAsync("2018");
        await documents.Apply.ClickAsync();

        await Expect(documents.Page).ToHaveURLAsync(new Regex(@"/documents\?yearFrom=2018&yearTo=2018$"));
        await Expect(documents.RowSymbols.Filter(new LocatorFilterOptions { HasText = "A/RES/73/27" })).ToHaveCountAsync(1);
        await Expect(documents.Page.GetByTestId("documents-pager")).ToHaveCountAsync(0);

        await documents.GotoListAsync("?page=2");
        await Expect(documents.Count).ToContainTextAsync($"{Paging.DefaultPageSize + 1}–");
    }

    [Fact]
    public async Task Documents_BadValueInTheAddress_IsExplained()
    {
        await using var context = await portal.NewContextAsync();
        var documents = new DocumentsPageObject(await context.NewPageAsync());

        var response = await documents.GotoListAsync("?yearFrom=nineteen");

        Assert.Equal(200, response.Status);
        await Expect(documents.Problem).ToContainTextAsync("nineteen");
    }

    [Theory]
    [InlineData("/norms/1.99", "There is no norm 1.99", "/norms/1.9")]
    [InlineData("/documents/A/RES/73/2", "No document A/RES/73/2", "/documents/A/RES/73/27")]
    public async Task UnknownNormOrSymbol_Answers404_WithSuggestions(string path, string heading, string suggested)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await new PortalPage(page).GotoAsync(path);

        Assert.Equal(404, response.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.Locator($"[data-testid=not-found] a[href='{suggested}']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("not-found-search")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task UnknownNorm_FollowedInsideTheCircuit_ShowsTheSuggestions()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var norm = new NormPageObject(page);
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();

        await page.EvaluateAsync("() => Blazor.navigateTo('/norms/1.77')");

        await Expect(page.Locator("h1")).ToHaveTextAsync("There is no norm 1.77");
        await Expect(page.Locator("[data-testid=not-found-norms] a[href='/norms/1.7']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Norm_Printed_HasNoNavigation_AndStartsWithItsCitationAndAddress()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var norm = new NormPageObject(page);
        await norm.GotoNormAsync("1.6");
        await Expect(norm.PrintHeader).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(norm.PrintHeader).ToBeVisibleAsync();
        await Expect(norm.PrintHeader).ToContainTextAsync("A/RES/73/27, para. 1.6");
        await Expect(norm.PrintHeader).ToContainTextAsync(new Uri(portal.BaseAddress, "/norms/1.6").ToString());
        await Expect(norm.AppBar).ToBeHiddenAsync();
        await Expect(page.Locator(".np-drawer")).ToBeHiddenAsync();
        await Expect(page.Locator(".np-footer")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("norm-neighbours")).ToBeHiddenAsync();
        await Expect(norm.Heading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SkipLink_IsTheFirstStop_AndMovesFocusToTheMainContent()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var norm = new NormPageObject(page);
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();
        // Start from the top of the document, as a keyboard user does on arrival (the router has
        // moved focus to the heading since, for screen readers).
        await page.EvaluateAsync("() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); }");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Skip to main content" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        var outline = await skipLink.EvaluateAsync<string>("link => getComputedStyle(link).outlineStyle");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main#main-content")).ToBeFocusedAsync();
    }

    /// <summary>Each page is loaded once on a desktop and checked there, then at phone width (<see cref="Widths"/>).</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/norms")]
    [InlineData("/norms/1.6")]
    [InlineData("/documents")]
    [InlineData("/documents?kind=report")]
    [InlineData("/norms/1.99")]
    [InlineData("/documents/A/RES/99/999")]
    public async Task ReaderPage_IsAccessible_AndNeverScrollsSideways_OnADesktopAndAPhone(string path)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);
        await portalPage.GotoAsync(path);
        await portalPage.WaitUntilInteractiveAsync();

        await Widths.DesktopThenPhoneAsync(page, async _ =>
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Widths.AssertNoSidewaysScrollAsync(page);
        });
    }
}
