using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace NormsPortal.Web.Components;

/// <summary>
/// The reader's text selection as a <see cref="SelectedPassage"/>, through wwwroot/js/passage-selection.js: the
/// selection toolbar watches it, a paragraph's tools read it on demand. One per circuit.
/// </summary>
public sealed class PassageSelectionInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    public const string ModulePath = "./js/passage-selection.js";

    /// <summary>
    /// The fewest words a selection needs to be a passage worth asking about: the agreed-language service's
    /// own minimum, so the portal never offers a question it would refuse.
    /// </summary>
    public const int MinimumWords = Features.AgreedLanguage.AgreedLanguageLimits.MinimumWords;

    private readonly JsModule _module = new(jsRuntime, ModulePath);

    /// <summary>The passage selected now, or null when the selection is not a passage of one paragraph.</summary>
    public async Task<SelectedPassage?> CurrentAsync() =>
        await (await _module.GetAsync()).InvokeAsync<SelectedPassage?>("currentPassage", MinimumWords);

    /// <summary>Calls <paramref name="listener"/>'s <c>OnPassageChanged</c> whenever the selection becomes or stops being a passage.</summary>
    public async Task WatchAsync<T>(ElementReference host, DotNetObjectReference<T> listener)
        where T : class =>
        await (await _module.GetAsync()).InvokeVoidAsync("watch", host, listener, MinimumWords);

    /// <summary>Stops watching for <paramref name="host"/>.</summary>
    public async Task UnwatchAsync(ElementReference host)
    {
        try
        {
            await (await _module.GetAsync()).InvokeVoidAsync("unwatch", host);
        }
        catch (Exception failure) when (JsModule.LeftNothingToRelease(failure))
        {
            // The listener is gone with the page.
        }
    }

    public ValueTask DisposeAsync() => _module.DisposeAsync();
}
