using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// Citing a paragraph where it is read: each paragraph's one "¶" button opens the citation panel for
/// that paragraph in place, on a phone as on a desktop, by keyboard as by touch, and a copy is
/// confirmed beside the button that made it.
/// </summary>
public sealed class ParagraphToolsTests(PortalFixture portal)
{
    private const int PhoneHeight = 740;

    [Fact]
    public async Task OnAPhone_Cites7327Op1_9_FromTheDocumentPage_WithTheConfirmationBesideTheButton()
    {
        await using var context = await portal.NewContextAsync(PortalFixture.PhoneWidth, height: PhoneHeight);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();

        var tools = document.ParagraphTools("op1.9");
        await tools.ClickAsync();
        await Expect(tools).ToHaveAttributeAsync("aria-expanded", "true");
        var panel = document.ParagraphToolsPanel("op1.9");
        await Expect(panel.GetByTestId("citation-text-un")).ToHaveTextAsync("A/RES/73/27, para. 1.9");
        var copy = panel.GetByTestId("copy-un");
        await Expect(copy).ToBeEnabledAsync();
        await copy.ClickAsync();

        var status = panel.GetByTestId("copy-un-status");
        await Expect(status).ToHaveTextAsync("UN citation copied");
        await Expect(status).ToBeInViewportAsync();
        var button = await copy.BoundingBoxAsync() ?? throw new InvalidOperationException("The copy button is not shown.");
        var confirmation = await status.BoundingBoxAsync() ?? throw new InvalidOperationException("The confirmation is not shown.");
        // Beside the button: on its line, or on the line just under it when the phone is too narrow.
        Assert.InRange(confirmation.Y, button.Y - button.Height, button.Y + (2 * button.Height));
        Assert.InRange(confirmation.X + confirmation.Width, 0, PortalFixture.PhoneWidth);
        Assert.Equal("A/RES/73/27, para. 1.9", await document.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Empty(await document.OverflowingElementsAsync());
    }

    [Fact]
    public async Task Keyboard_TabsOncePerParagraph_OpensTheCitation_AndEscapeReturnsToTheButton()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();
        await Expect(document.ParagraphTools("op1.8")).ToBeEnabledAsync();
        await document.ParagraphTools("op1.8").FocusAsync();

        await document.Page.Keyboard.PressAsync("Tab");
        await Expect(document.ParagraphTools("op1.9")).ToBeFocusedAsync();
        await document.Page.Keyboard.PressAsync("Enter");
        var panel = document.ParagraphToolsPanel("op1.9");
        await Expect(panel.GetByTestId("citation-text-oscola")).ToHaveTextAsync("UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.9");
        await document.Page.Keyboard.PressAsync("Tab");
        Assert.True(await panel.EvaluateAsync<bool>("panel => panel.contains(document.activeElement)"));
        await document.Page.Keyboard.PressAsync("Escape");

        await Expect(panel).ToHaveCountAsync(0);
        await Expect(document.ParagraphTools("op1.9")).ToBeFocusedAsync();
        await Expect(document.ParagraphTools("op1.9")).ToHaveAttributeAsync("aria-expanded", "false");
    }

    /// <summary>Opened once on a desktop and checked there, then at phone width (<see cref="Widths"/>).</summary>
    [Fact]
    public async Task OpenParagraphTools_AreAccessible_AndNeverScrollSideways_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();
        await document.ParagraphTools("op1.6").ClickAsync();
        await Expect(document.ParagraphToolsPanel("op1.6").GetByTestId("copy-un")).ToBeEnabledAsync();

        await Widths.DesktopThenPhoneAsync(document.Page, async _ =>
        {
            await Accessibility.AssertNoSeriousViolationsAsync(document.Page);
            await document.AssertNothingOverflowsAsync();
        });
    }
}
