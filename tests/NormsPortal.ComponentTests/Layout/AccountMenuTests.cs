using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.Layout;

namespace NormsPortal.ComponentTests.Layout;

public sealed class AccountMenuTests : PortalComponentTestBase
{
    [Fact]
    public void Anonymous_ShowsSignInLinkBackToThisPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/norms/1.6");

        var menu = Render<AccountMenu>();

        var signIn = menu.Find("a[data-testid=sign-in]");
        Assert.Equal("/account/login?returnUrl=%2Fnorms%2F1.6", signIn.GetAttribute("href"));
        Assert.Empty(menu.FindAll("[data-testid=sign-out]"));
    }

    [Fact]
    public void SignedIn_ShowsAccountLinkAndSignOutForm()
    {
        Authorization.SetAuthorized("ada@example.org");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, "ada-id"));

        var menu = Render<AccountMenu>();

        Assert.Equal("/account/manage", menu.Find("a[data-testid=account-link]").GetAttribute("href"));
        Assert.Equal("Your account (ada@example.org)", menu.Find("a[data-testid=account-link]").GetAttribute("aria-label"));
        var form = menu.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/account/logout", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("button[type=submit][aria-label='Sign out']"));
        Assert.Empty(menu.FindAll("[data-testid=sign-in]"));
    }
}
