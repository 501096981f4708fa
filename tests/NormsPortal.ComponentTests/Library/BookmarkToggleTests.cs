using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.Library;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Library;

public sealed class BookmarkToggleTests : LibraryComponentTestBase
{
    [Fact]
    public void Anonymous_InvitesToSignInAndComeBack()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/norms/1.6");

        var toggle = Render<BookmarkToggle>(p => p.Add(t => t.Norm, "1.6").Add(t => t.Label, "norm 1.6"));

        Assert.Equal("/account/login?returnUrl=%2Fnorms%2F1.6", toggle.Find("a[data-testid=bookmark-sign-in]").GetAttribute("href"));
        Assert.Empty(toggle.FindAll("button"));
    }

    [Fact]
    public async Task SignedIn_SavesAndRemovesWithoutAReload()
    {
        SignInAda();
        var toggle = Render<BookmarkToggle>(p => p.Add(t => t.Symbol, "A/RES/73/27").Add(t => t.Anchor, "op1.6").Add(t => t.Label, "paragraph 1.6"));
        Assert.Equal("false", toggle.Find("button").GetAttribute("aria-pressed"));

        toggle.Find("button").Click();

        toggle.WaitForAssertion(() => Assert.Equal("true", toggle.Find("button").GetAttribute("aria-pressed")));
        Assert.Contains("Saved", toggle.Find("button").TextContent, StringComparison.Ordinal);
        var (items, _) = await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("A/RES/73/27, para. 1.6", Assert.Single(items).Label);

        toggle.Find("button").Click();

        toggle.WaitForAssertion(() => Assert.Equal("false", toggle.Find("button").GetAttribute("aria-pressed")));
        Assert.Equal(0, (await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken)).Total);
    }

    [Fact]
    public async Task SignedIn_AlreadySaved_ShowsItPressed()
    {
        SignInAda();
        await SaveAsync(new BookmarkTargetDto { Norm = "1.6" });

        var toggle = Render<BookmarkToggle>(p => p.Add(t => t.Norm, "1.6").Add(t => t.Label, "norm 1.6"));

        toggle.WaitForAssertion(() => Assert.Equal("true", toggle.Find("button").GetAttribute("aria-pressed")));
        Assert.Equal("Save norm 1.6 to my library", toggle.Find("button").GetAttribute("aria-label"));
    }
}
