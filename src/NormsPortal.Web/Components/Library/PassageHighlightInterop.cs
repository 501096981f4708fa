using Microsoft.JSInterop;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Components.Library;

/// <summary>
/// The document page's highlights of the reader's saved passages, through wwwroot/js/passage-highlights.js:
/// <see cref="SavedPassageHighlights"/> shows them, <see cref="SavePassageButton"/> adds the one it saved. One per circuit.
/// </summary>
public sealed class PassageHighlightInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    public const string ModulePath = "./js/passage-highlights.js";

    private readonly JsModule _module = new(jsRuntime, ModulePath);

    /// <summary>Highlights <paramref name="passages"/> of the work <paramref name="symbol"/>, and nothing else.</summary>
    public async Task ShowAsync(string symbol, IReadOnlyList<SavedPassage> passages) =>
        await (await _module.GetAsync()).InvokeVoidAsync("show", symbol, passages);

    /// <summary>Highlights one more passage of the work <paramref name="symbol"/>.</summary>
    public async Task AddAsync(string symbol, SavedPassage passage) =>
        await (await _module.GetAsync()).InvokeVoidAsync("add", symbol, passage);

    public ValueTask DisposeAsync() => _module.DisposeAsync();
}
