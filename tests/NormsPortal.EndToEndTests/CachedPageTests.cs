using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// A page served from the output cache was rendered for another reader: its Blazor markers must still start a circuit,
/// and a signed-in reader must get their own account menu from that circuit, and be able to sign out with it.
/// </summary>
public sealed class CachedPageTests(PortalFixture portal)
{
    [Fact]
    public async Task PageFromTheCache_BecomesInteractive_AndGivesTheSignedInReaderTheirMenu()
    {
        var address = NormPageObject.PathOf("1.6") + "?cached=" + Guid.NewGuid().ToString("N");
        await using (var anonymousContext = await portal.NewContextAsync())
        {
            // Rendered for this reader (Chromium asks twice, the second time with the colour-scheme hint the first
            // answer asked for, and gets the cached answer then).
            var first = new NormPageObject(await anonymousContext.NewPageAsync());
            await first.GotoAsync(address);
            await first.WaitUntilInteractiveAsync();
        }

        await using var context = await portal.NewContextAsync();
        var reader = new AccountPages(await context.NewPageAsync());
        await reader.RegisterAndSignInAsync();

        var cached = await reader.GotoAsync(address);

        Assert.NotNull(await cached.HeaderValueAsync("age"));
        await reader.WaitUntilInteractiveAsync();
        await Expect(reader.AccountLink).ToBeVisibleAsync();
        await reader.SignOutButton.ClickAsync();
        await Expect(reader.SignInLink).ToBeVisibleAsync();
        await Expect(reader.AccountLink).ToHaveCountAsync(0);
    }
}
