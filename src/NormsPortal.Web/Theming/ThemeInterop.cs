using Microsoft.JSInterop;

namespace NormsPortal.Web.Theming;

/// <summary>
/// The browser side of theming (wwwroot/js/theme.js): the <c>data-theme</c> marker on the
/// <c>html</c> element, which lives outside the interactive part of the page, and the
/// <see cref="ThemeCookie"/>, which must be written in the browser once the circuit runs.
/// </summary>
public sealed class ThemeInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    public const string ModulePath = "./js/theme.js";

    private IJSObjectReference? _module;

    /// <summary>Shows a theme the reader did not choose (it followed the system preference).</summary>
    public async Task ShowAsync(ThemeMode mode) =>
        await (await GetModuleAsync()).InvokeVoidAsync("showTheme", ThemeCookie.Format(mode));

    /// <summary>Shows the theme the reader chose and saves the choice in the theme cookie.</summary>
    public async Task RememberAsync(ThemeMode mode) =>
        await (await GetModuleAsync()).InvokeVoidAsync("rememberTheme", ThemeCookie.Format(mode));

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the module with it.
        }
    }

    private async Task<IJSObjectReference> GetModuleAsync() =>
        _module ??= await jsRuntime.InvokeAsync<IJSObjectReference>("import", ModulePath);
}
