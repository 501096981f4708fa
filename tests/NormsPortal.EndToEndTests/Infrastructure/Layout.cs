using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Waits for the page's layout to come to rest, so a check sees where an element ends up rather than where
/// it was for a moment: a web-first assertion passes as soon as it holds, even if the page moves on.
/// </summary>
public static class Layout
{
    // Playwright calls an element stable when its box is the same for two animation frames in a row; a page
    // that grows some frames after a scroll (a section drawn late, an image without its size) needs longer.
    // Ten frames in a row, with the page's height and scroll position; at most ten seconds' worth.
    private const string SettledScript = """
        async element => {
          let last = '';
          for (let frame = 0, steady = 0; steady < 10 && frame < 600; frame++) {
            await new Promise(resolve => requestAnimationFrame(resolve));
            const box = element.getBoundingClientRect();
            const now = [box.top, box.height, window.scrollY, document.documentElement.scrollHeight].join(' ');
            steady = now === last ? steady + 1 : 0;
            last = now;
          }
        }
        """;

    /// <summary>Returns once <paramref name="element"/> and the page around it have stopped moving.</summary>
    public static Task SettledAsync(ILocator element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.EvaluateAsync(SettledScript);
    }
}
