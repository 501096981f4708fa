using System.Text.RegularExpressions;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// The reader's main journey in one browser tab, by clicks only, at a desktop and at a phone width:
/// home → norm 1.6 → its paragraph in 73/27 → a cross-reference to another work → that work's
/// "cited by" back to the citing paragraph of 73/27. axe scans each of these pages at both widths
/// once, in <see cref="ReaderPagesTests"/> and <see cref="DocumentPageTests"/>, and not again here.
/// </summary>
public sealed class DiplomatJourneyTests(PortalFixture portal)
{
    [Theory]
    [InlineData(PortalFixture.DesktopWidth)]
    [InlineData(PortalFixture.PhoneWidth)]
    public async Task Home_Norm_Paragraph_CrossReference_CitedBy_AndBack(int width)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var home = new HomePage(page);
        await home.GotoAsync();
        await home.WaitUntilInteractiveAsync();

        await page.Locator("[data-testid=norm-list] a[href='/norms/1.6']").ClickAsync();

        var norm = new NormPageObject(page);
        await Expect(page).ToHaveURLAsync(new Regex("/norms/1\\.6$"));
        await Expect(norm.Heading).ToHaveTextAsync("Do not damage critical infrastructure");
        await Expect(norm.Counterpart).ToContainTextAsync("A/70/174, para. 13 (f)");
        await Expect(norm.ParagraphLink).ToHaveTextAsync("A/RES/73/27, para. 1.6");

        await norm.ParagraphLink.ClickAsync();

        var document = new DocumentPage(page);
        await Expect(page).ToHaveURLAsync(ParagraphOf7327());
        await Expect(document.Symbol).ToHaveTextAsync("A/RES/73/27");
        await Expect(document.Provision("op1.6")).ToBeInViewportAsync();
        await Expect(document.Provision("op1.6")).ToContainTextAsync("knowingly support ICT activity");
        Assert.True(await document.IsTargetAsync("op1.6"));

        // The first preambular paragraph recalls resolution 43/78 H, which the portal holds (facts only).
        await document.Provision("pp1").Locator("a[data-target='A/RES/43/78 H']").ClickAsync();

        await Expect(document.Symbol).ToHaveTextAsync("A/RES/43/78 H");
        await Expect(page.GetByTestId("no-text")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("official-copy")).ToHaveAttributeAsync("href", new Regex("^https://undocs.org/A/RES/43/78"));
        var citing = document.CitedBy.Locator("li[data-symbol='A/RES/73/27'] a[data-anchor='pp1']");
        await Expect(citing).ToHaveTextAsync("Preambular paragraph 1");
        await citing.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/documents/A/RES/73/27#pp1").ToString());
        await Expect(document.Symbol).ToHaveTextAsync("A/RES/73/27");
        await Expect(document.Provision("pp1")).ToBeInViewportAsync();
        await Expect(document.Provision("pp1")).ToHaveCSSAsync("box-shadow", new Regex("inset"));
        Assert.True(await document.IsTargetAsync("pp1"));
    }

    private Regex ParagraphOf7327() => new("^" + Regex.Escape(new Uri(portal.BaseAddress, "/documents/A/RES/73/27").ToString()) + "#op1\\.6$");
}
