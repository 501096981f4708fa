using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The account pages (static forms) and the app bar's sign-in and sign-out controls.</summary>
public sealed class AccountPages(IPage page) : PortalPage(page)
{
    public const string RegisterPath = "/account/register";
    public const string LoginPath = "/account/login";
    public const string ManagePath = "/account/manage";

    public ILocator SignInLink => Page.Locator("[data-testid=sign-in]");

    public ILocator AccountLink => Page.Locator("[data-testid=account-link]");

    public ILocator SignOutButton => Page.Locator("[data-testid=sign-out]");

    public ILocator Message => Page.Locator(".np-account__message");

    public async Task RegisterAsync(string email, string password)
    {
        await GotoAsync(RegisterPath);
        await Page.GetByLabel("E-mail address").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("Password again").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains(LoginPath, StringComparison.Ordinal));
    }

    public async Task SignInAsync(string email, string password)
    {
        if (!Page.Url.Contains(LoginPath, StringComparison.Ordinal))
        {
            await GotoAsync(LoginPath);
        }

        await Page.GetByLabel("E-mail address").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains(LoginPath, StringComparison.Ordinal));
    }
}
