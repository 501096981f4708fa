using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>Waits for the page's CSS transitions, so a check sees the page at rest rather than halfway through a change.</summary>
public static class Transitions
{
    // Resolves once the CSS transitions running now (the drawer sliding away, colours fading to a new theme)
    // have ended or been cancelled. Asking for the animations brings the styles up to date, so a transition
    // the last change starts is among them.
    private const string EndedScript = """
        () => Promise.all(document.getAnimations()
          .filter(animation => animation instanceof CSSTransition)
          .map(animation => animation.finished.catch(() => null)))
        """;

    /// <summary>Returns once every CSS transition running on the page has ended.</summary>
    public static Task EndedAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync(EndedScript);
    }
}
