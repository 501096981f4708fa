using Microsoft.Playwright;
using NormsPortal.TestSupport.Accounts;

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

    public const string PasskeysPath = "/account/manage/passkeys";

    public ILocator Passkeys => Page.Locator("[data-testid=passkeys] li");

    /// <summary>Adds a passkey on the manage page; the browser needs an authenticator (<see cref="Infrastructure.VirtualAuthenticator"/>).</summary>
    public async Task AddPasskeyAsync(string name)
    {
        await GotoAsync(PasskeysPath);
        await Page.GetByLabel("Name of the new passkey").FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(Message).ToContainTextAsync("The passkey was added");
    }

    /// <summary>
    /// Opens the sign-in page, where a browser that offers passkeys in the e-mail field's autofill
    /// (conditional mediation) signs in with one as soon as the person picks it; Chromium's virtual
    /// authenticator picks at once.
    /// </summary>
    public async Task SignInWithPasskeyFromAutofillAsync()
    {
        await GotoAsync(LoginPath);
        await Page.WaitForURLAsync(url => !url.Contains(LoginPath, StringComparison.Ordinal));
    }

    /// <summary>
    /// Signs in with the sign-in page's passkey button, in a browser without passkey autofill
    /// (<see cref="WithoutPasskeyAutofillAsync"/>).
    /// </summary>
    public async Task SignInWithPasskeyButtonAsync()
    {
        await GotoAsync(LoginPath);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains(LoginPath, StringComparison.Ordinal));
    }

    /// <summary>Makes every page of <paramref name="context"/> a browser that offers no passkeys in autofill, so only the button asks for one.</summary>
    public static Task WithoutPasskeyAutofillAsync(IBrowserContext context) =>
        context.AddInitScriptAsync("if (window.PublicKeyCredential) { PublicKeyCredential.isConditionalMediationAvailable = async () => false; }");

    /// <summary>Registers a new account with made-up credentials and signs in with them; its address.</summary>
    public async Task<string> RegisterAndSignInAsync(string who = "researcher")
    {
        var (email, password) = (TestPasswords.NewEmail(who), TestPasswords.New());
        await RegisterAsync(email, password);
        await SignInAsync(email, password);
        return email;
    }

    /// <summary>Signs in with the password and then, on the second page, an authenticator or recovery code.</summary>
    public async Task SignInWithSecondFactorAsync(string email, string password, string code)
    {
        await GotoAsync(LoginPath);
        await Page.GetByLabel("E-mail address").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
        await Page.GetByLabel("Authenticator or recovery code").FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Signs in as the portal's admin with a recovery code as the second factor, as admin pages require.</summary>
    public Task SignInAsAdminAsync(Infrastructure.PortalAdmin admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return SignInWithSecondFactorAsync(admin.Email, admin.Password, admin.TakeRecoveryCode());
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
