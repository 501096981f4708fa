using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

public sealed class NotFoundTests(PortalFixture portal)
{
    [Fact]
    public async Task UnknownUrl_Answers404_WithAPageNotFoundHeading()
    {
        await using var context = await portal.NewContextAsync();
        var notFound = new NotFoundPage(await context.NewPageAsync());

        var response = await notFound.GotoAsync();

        Assert.Equal(404, response.Status);
        await Expect(notFound.Heading).ToBeVisibleAsync();
    }
}
