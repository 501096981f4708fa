using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace NormsPortal.Web.Theming;

/// <summary>
/// The portal theme's CSS variables for both modes, served as one stylesheet (<see cref="ThemeStylesheetEndpoint"/>)
/// that every page links under its content's hash, so a browser fetches it once and not with every page, instead of
/// a <see cref="MudThemeProvider"/> in each reader's circuit, which held its own copy of the theme and its script
/// interop for the circuit's life. MudBlazor's own provider writes them, rendered here outside any circuit, so they
/// stay exactly MudBlazor's: the light mode's on <c>:root</c>, the dark mode's on <c>:root[data-theme="dark"]</c>,
/// the marker App.razor and wwwroot/js/theme.js keep on the page.
/// </summary>
public sealed partial class PortalThemeStyles(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    /// <summary>The element MudBlazor writes a mode's variables in (its <c>:root</c> rule).</summary>
    private const string VariablesStart = "<style class='mud-theme-provider'>";

    private const string DarkModeRoot = ":root[data-theme=\"dark\"]";

    private readonly Lazy<Task<ThemeStylesheet>> _stylesheet = new(() => RenderAsync(scopes, loggerFactory));

    [GeneratedRegex("<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    /// <summary>The stylesheet; rendered on first use, then shared.</summary>
    public Task<ThemeStylesheet> GetStylesheetAsync() => _stylesheet.Value;

    private static async Task<ThemeStylesheet> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var light = await RenderProviderAsync(renderer, isDarkMode: false);
        var dark = await RenderProviderAsync(renderer, isDarkMode: true);
        return ThemeStylesheet.Of(StyleSheetText(light + DarkModeVariables(dark)));
    }

    /// <summary>The provider as a page prerenders it: no script runs, only its styles are written.</summary>
    private static Task<string> RenderProviderAsync(HtmlRenderer renderer, bool isDarkMode) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = PortalTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = isDarkMode,
            });
            var rendered = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return rendered.ToHtmlString();
        });

    /// <summary>Only the dark mode's variables (the other styles are the same in both), under the dark marker.</summary>
    private static string DarkModeVariables(string darkMarkup)
    {
        var start = darkMarkup.IndexOf(VariablesStart, StringComparison.Ordinal);
        var end = start < 0 ? -1 : darkMarkup.IndexOf("</style>", start, StringComparison.Ordinal);
        var rootRule = start < 0 ? -1 : darkMarkup.IndexOf(":root", start, StringComparison.Ordinal);
        if (end < 0 || rootRule < 0 || rootRule > end)
        {
            throw new InvalidOperationException("MudThemeProvider no longer writes its variables in one :root rule of a mud-theme-provider style element.");
        }

        var variables = darkMarkup[start..(end + "</style>".Length)];
        var rootAt = rootRule - start;
        return string.Concat(variables.AsSpan(0, rootAt), DarkModeRoot, variables.AsSpan(rootAt + ":root".Length));
    }

    /// <summary>The rules of the provider's style elements, which are all it writes.</summary>
    private static string StyleSheetText(string markup)
    {
        var elements = StyleElement().Matches(markup);
        if (!string.IsNullOrWhiteSpace(StyleElement().Replace(markup, string.Empty)))
        {
            throw new InvalidOperationException("MudThemeProvider no longer writes only style elements.");
        }

        return string.Join('\n', elements.Select(element => element.Groups["css"].Value.Trim()));
    }
}
