using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>Votes by State in Chromium: several States side by side, a State's page, and axe on the new pages.</summary>
public sealed class StatePagesTests(PortalFixture portal)
{
    private static readonly string[] s_compared = ["FRA", "CHN", "RUS", "USA"];

    [Fact]
    public async Task VotesSideBySide_FranceChinaRussiaAndTheUnitedStates_On73_27And75_240()
    {
        await using var context = await portal.NewContextAsync();
        var states = new StatePagesObject(await context.NewPageAsync());
        await states.GotoAsync(StatePagesObject.VotesPath);
        await states.WaitUntilInteractiveAsync();

        // Common names, as a reader types them.
        await states.StatesField.FillAsync("France, China, Russia, USA");
        await states.Show.ClickAsync();

        await Expect(states.Page).ToHaveURLAsync(new Regex("/states/votes\\?states=France"));
        await Expect(states.VotesTable.Locator("thead th[data-state]")).ToHaveCountAsync(4);
        foreach (var symbol in new[] { "A/RES/73/27", "A/RES/75/240" })
        {
            foreach (var code in s_compared)
            {
                await Expect(states.VoteCell(symbol, code)).ToHaveTextAsync(new Regex("^(Yes|No|Abstained)$"));
            }
        }

        // 73/27: the Russian draft, adopted 119-46-14 — Russia and China for it, France and the United States against.
        await Expect(states.VoteCell("A/RES/73/27", "RUS")).ToHaveTextAsync("Yes");
        await Expect(states.VoteCell("A/RES/73/27", "FRA")).ToHaveTextAsync("No");
    }

    [Fact]
    public async Task StatePage_France_ShowsItsRecordAndLinksBackToTheDocuments()
    {
        await using var context = await portal.NewContextAsync();
        var state = new StatePagesObject(await context.NewPageAsync());

        var response = await state.GotoAsync(StatePagesObject.PathOf("fra"));

        Assert.Equal(200, response.Status);
        await Expect(state.Heading).ToHaveTextAsync("France");
        await Expect(state.Resolutions.Locator("tr[data-symbol='A/RES/73/27']")).ToContainTextAsync("No");
        await Expect(state.Page.GetByTestId("state-explanations")).ToContainTextAsync("not held");
        await state.WaitUntilInteractiveAsync();

        await state.Resolutions.Locator("tr[data-symbol='A/RES/73/27'] a").ClickAsync();

        await Expect(state.Page).ToHaveURLAsync(new Regex("/documents/A/RES/73/27$"));
    }

    [Fact]
    public async Task StatePage_UnknownCode_AnswersTheFriendly404Page()
    {
        await using var context = await portal.NewContextAsync();
        var page = new PortalPage(await context.NewPageAsync());

        var response = await page.GotoAsync("/states/XYZ");

        Assert.Equal(404, response.Status);
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Each page is loaded once on a desktop and scanned there, then at phone width (<see cref="Widths"/>) with its
    /// tables made wider than the phone, which must then scroll in focusable regions (<see cref="WideTables"/>).
    /// </summary>
    [Theory]
    [InlineData(StatePagesObject.IndexPath)]
    [InlineData(StatePagesObject.IndexPath + "/FRA")]
    [InlineData(StatePagesObject.VotesPath + "?states=FRA,CHN,RUS,USA")]
    public async Task Page_HasNoSeriousAccessibilityViolations_OnADesktopAndAPhone(string path)
    {
        await using var context = await portal.NewContextAsync();
        var page = new PortalPage(await context.NewPageAsync());
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();

        await Widths.DesktopThenPhoneAsync(page.Page, async width =>
        {
            if (width == PortalFixture.PhoneWidth)
            {
                await WideTables.WidenAndAssertTheyScrollInFocusableRegionsAsync(page.Page);
            }

            await Accessibility.AssertNoSeriousViolationsAsync(page.Page);
            await Widths.AssertNoSidewaysScrollAsync(page.Page);
        });
    }
}
