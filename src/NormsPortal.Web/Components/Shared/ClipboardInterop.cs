using Microsoft.JSInterop;

namespace NormsPortal.Web.Components;

/// <summary>
/// Copies text to the reader's clipboard through wwwroot/js/clipboard.js, the one copy script every
/// copy button uses (CopyButton, in the citation panel and so in every paragraph's tools).
/// </summary>
public sealed class ClipboardInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    public const string ModulePath = "./js/clipboard.js";

    private IJSObjectReference? _module;

    /// <summary>True when the text reached the clipboard; false when the browser refused.</summary>
    public async Task<bool> CopyAsync(string text)
    {
        _module ??= await jsRuntime.InvokeAsync<IJSObjectReference>("import", ModulePath);
        return await _module.InvokeAsync<bool>("copyText", text);
    }

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
}
