using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>Highlighting in Chromium: a signed-in reader saves a selected passage, and sees it highlighted on the page, for them alone.</summary>
public sealed class SavedPassageTests(PortalFixture portal)
{
    /// <summary>Words of 73/27 op1.9 (norm 1.9).</summary>
    private const string SupplyChain = "reasonable steps to ensure the integrity of the supply chain";

    [Fact]
    public async Task DocumentPage_SavingASelectedPassage_HighlightsItForThatReaderOnly()
    {
        await using var context = await portal.NewContextAsync();
        var account = new AccountPages(await context.NewPageAsync());
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        await account.RegisterAsync(email, password);
        await account.SignInAsync(email, password);
        var document = new DocumentPage(account.Page);
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();

        await document.SelectAsync("op1.9", SupplyChain);
        await document.PassageToolbar.GetByTestId("save-passage-button").ClickAsync();

        await Expect(document.PassageToolbar.GetByTestId("save-passage-outcome")).ToHaveTextAsync("Saved to your library.");
        Assert.Equal([SupplyChain], await document.SavedPassageHighlightsAsync());

        await document.Page.ReloadAsync();
        await document.WaitUntilInteractiveAsync();

        await Eventually.AssertAsync(async () => (await document.SavedPassageHighlightsAsync()).SequenceEqual([SupplyChain]), "The saved passage is not highlighted after a reload.");
        await Expect(document.Provision("op1.9")).ToContainTextAsync(SupplyChain);

        await using var anonymous = await portal.NewContextAsync();
        var stranger = new DocumentPage(await anonymous.NewPageAsync());
        await stranger.GotoAsync(DocumentPage.Resolution7327);
        await stranger.WaitUntilInteractiveAsync();
        await stranger.SelectAsync("op1.9", SupplyChain);
        await Expect(stranger.PassageToolbar.GetByTestId("save-passage-sign-in")).ToBeVisibleAsync();
        Assert.Empty(await stranger.SavedPassageHighlightsAsync());
    }
}
