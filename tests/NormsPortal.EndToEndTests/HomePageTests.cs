using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

public sealed partial class HomePageTests(PortalFixture portal)
{
    // MapStaticAssets links the file under a fingerprinted name (MudBlazor.min.<hash>.css).
    [GeneratedRegex(@"^/_content/MudBlazor/MudBlazor\.min(\.[a-z0-9]+)?\.css$")]
    private static partial Regex MudBlazorStylesheetUrl();

    [Fact]
    public async Task Home_LoadsTheMudBlazorStylesheet_AndStylesTheAppBar()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var stylesheetStatuses = new ConcurrentQueue<int>();
        page.Response += (_, response) =>
        {
            if (MudBlazorStylesheetUrl().IsMatch(new Uri(response.Url).AbsolutePath))
            {
                stylesheetStatuses.Enqueue(response.Status);
            }
        };
        var home = new HomePage(page);

        var response = await home.GotoAsync();

        Assert.Equal(200, response.Status);
        await Expect(home.MudBlazorStylesheet).ToHaveCountAsync(1);
        Assert.Equal([200], stylesheetStatuses);
        var appBarBackground = await home.AppBar.EvaluateAsync<string>("bar => getComputedStyle(bar).backgroundColor");
        Assert.DoesNotContain(appBarBackground, new[] { "rgba(0, 0, 0, 0)", "transparent" });
    }

    [Fact]
    public async Task Home_BecomesInteractive_OverABlazorCircuit()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var webSocketUrls = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => webSocketUrls.Enqueue(socket.Url);
        var home = new HomePage(page);

        await home.GotoAsync();

        await home.WaitUntilInteractiveAsync();
        Assert.Contains(webSocketUrls, url => new Uri(url).AbsolutePath.StartsWith("/_blazor", StringComparison.Ordinal));
    }
}
