using Microsoft.JSInterop;

namespace NormsPortal.Web.Components;

/// <summary>
/// A JavaScript module of wwwroot, imported on first use and released with its owner. The portal's
/// interop services (<see cref="ClipboardInterop"/>, <see cref="PassageSelectionInterop"/>) and the components that script the
/// page (the document page, the search box) each hold one.
/// </summary>
public sealed class JsModule(IJSRuntime jsRuntime, string path) : IAsyncDisposable
{
    // Cancelled when the owner is released: a reader who leaves a page while its script still runs (an import or a
    // call not yet answered, which a busy server sees often) must not get an error for a page they no longer see.
    private readonly CancellationTokenSource _released = new();
    private IJSObjectReference? _module;

    /// <summary>The imported module; the first call imports it.</summary>
    public async Task<IJSObjectReference> GetAsync() =>
        _module ??= await jsRuntime.InvokeAsync<IJSObjectReference>("import", _released.Token, path);

    /// <summary>
    /// Calls one of the module's functions, importing it first if need be. A call still running when the owner is
    /// released ends quietly instead of failing the reader's circuit.
    /// </summary>
    public async Task InvokeVoidAsync(string identifier, params object?[] args)
    {
        try
        {
            var module = await GetAsync();
            await module.InvokeVoidAsync(identifier, _released.Token, args);
        }
        catch (Exception failure) when (_released.IsCancellationRequested
            && failure is OperationCanceledException or ObjectDisposedException or JSDisconnectedException)
        {
            // Released while the script ran: the page it served is gone.
        }
    }

    /// <summary>
    /// Whether <paramref name="failure"/> of a script call that only releases something in the browser leaves
    /// nothing to release: the circuit is gone (and the page with it), or the browser did not answer within the
    /// call's timeout (a page that stalled that long is being left or reloaded).
    /// </summary>
    public static bool LeftNothingToRelease(Exception failure) =>
        failure is JSDisconnectedException or OperationCanceledException;

    public async ValueTask DisposeAsync()
    {
        await _released.CancelAsync();
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.DisposeAsync();
        }
        catch (Exception failure) when (LeftNothingToRelease(failure))
        {
            // Nothing is left to release.
        }
    }
}
