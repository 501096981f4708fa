using Microsoft.JSInterop;
using NormsPortal.Web.Components;

namespace NormsPortal.Web.Theming;

/// <summary>
/// The browser side of theming (wwwroot/js/theme.js): the <c>data-theme</c> marker on the
/// <c>html</c> element, which lives outside the interactive part of the page, and the
/// <see cref="ThemeCookie"/>, which must be written in the browser once the circuit runs, and the system's theme,
/// which the page follows until the reader chooses one.
/// </summary>
public sealed class ThemeInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    public const string ModulePath = "./js/theme.js";

    private readonly JsModule _module = new(jsRuntime, ModulePath);

    /// <summary>Shows a theme the reader did not choose (it followed the system preference).</summary>
    public async Task ShowAsync(ThemeMode mode) =>
        await (await _module.GetAsync()).InvokeVoidAsync("showTheme", ThemeCookie.Format(mode));

    /// <summary>Shows the theme the reader chose and saves the choice in the theme cookie.</summary>
    public async Task RememberAsync(ThemeMode mode) =>
        await (await _module.GetAsync()).InvokeVoidAsync("rememberTheme", ThemeCookie.Format(mode));

    /// <summary>
    /// Answers the system's theme, and from now on calls <paramref name="layout"/>'s <c>ShowSystemTheme</c> with
    /// "light" or "dark" each time it changes.
    /// </summary>
    public async Task<ThemeMode> WatchSystemThemeAsync<TLayout>(DotNetObjectReference<TLayout> layout)
        where TLayout : class =>
        ThemeCookie.Parse(await (await _module.GetAsync()).InvokeAsync<string>("watchSystemTheme", layout)) ?? ThemeMode.Light;

    public ValueTask DisposeAsync() => _module.DisposeAsync();
}
