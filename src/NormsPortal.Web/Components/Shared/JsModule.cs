using Microsoft.JSInterop;

namespace NormsPortal.Web.Components;

/// <summary>
/// A JavaScript module of wwwroot, imported on first use and released with its owner. The portal's
/// interop services (<see cref="ClipboardInterop"/>, <c>ThemeInterop</c>) each hold one.
/// </summary>
public sealed class JsModule(IJSRuntime jsRuntime, string path) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    /// <summary>The imported module; the first call imports it.</summary>
    public async Task<IJSObjectReference> GetAsync() =>
        _module ??= await jsRuntime.InvokeAsync<IJSObjectReference>("import", path);

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
