using Microsoft.JSInterop;

namespace NormsPortal.Web.Components;

/// <summary>
/// Copies text to the reader's clipboard through wwwroot/js/clipboard.js, the one copy script every
/// copy button uses (CopyButton, in the citation panel and so in every paragraph's tools). One per
/// circuit, so the script is imported once however many buttons a page has.
/// </summary>
public sealed class ClipboardInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    public const string ModulePath = "./js/clipboard.js";

    private readonly JsModule _module = new(jsRuntime, ModulePath);

    /// <summary>True when the text reached the clipboard; false when the browser refused.</summary>
    public async Task<bool> CopyAsync(string text) =>
        await (await _module.GetAsync()).InvokeAsync<bool>("copyText", text);

    public ValueTask DisposeAsync() => _module.DisposeAsync();
}
