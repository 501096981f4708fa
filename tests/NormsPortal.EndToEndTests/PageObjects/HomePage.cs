using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The portal's start page at /.</summary>
public sealed class HomePage(IPage page) : PortalPage(page)
{
    public const string Path = "/";

    /// <summary>The MudBlazor stylesheet link, whether or not the build fingerprinted its file name.</summary>
    public ILocator MudBlazorStylesheet => Page.Locator("link[rel='stylesheet'][href*='_content/MudBlazor/MudBlazor']");

    /// <summary>The theme's stylesheet link (both modes' variables, under the address of its content's hash).</summary>
    public ILocator ThemeStylesheet => Page.Locator("link[rel='stylesheet'][href^='/theme/']");

    public Task<IResponse> GotoAsync() => GotoAsync(Path);
}
