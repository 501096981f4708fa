using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>
/// The document page /documents/{symbol}. Hooks: <c>data-testid</c> on its parts
/// (document-page, document-symbol, fact-list, vote-list, country-votes, table-of-contents,
/// document-text, side-by-side, parallel-row, no-counterpart, language-switch, side-by-side-switch,
/// cited-by, print-header, official-copy, compare-previous, paragraph-tools, paragraph-tools-panel, jump-bar, save-passage-button), <c>id="{anchor}"</c>
/// on each paragraph, <c>data-target</c> on cross-references and <c>data-language</c> on language links.
/// </summary>
public sealed class DocumentPage(IPage page) : PortalPage(page)
{
    /// <summary>The resolution with the 13 norms, held in English only, with votes at two stages.</summary>
    public const string Resolution7327 = "/documents/A/RES/73/27";

    /// <summary>A resolution held in all six languages.</summary>
    public const string Resolution7736 = "/documents/A/RES/77/36";

    /// <summary>The longest text the portal holds: the cybercrime convention, some 700 paragraphs in 68 articles.</summary>
    public const string Resolution79243 = "/documents/A/RES/79/243";

    /// <summary>A resolution held with its facts only (no text), cited by 73/27.</summary>
    public const string Resolution4378H = "/documents/A/RES/43/78%20H";

    public ILocator Root => Page.GetByTestId("document-page");

    public ILocator Symbol => Page.GetByTestId("document-symbol");

    public ILocator Facts => Page.GetByTestId("fact-list");

    public ILocator Text => Page.GetByTestId("document-text");

    public ILocator SideBySide => Page.GetByTestId("side-by-side");

    public ILocator Contents => Page.GetByTestId("table-of-contents");

    public ILocator CitedBy => Page.GetByTestId("cited-by");

    public ILocator PrintHeader => Page.GetByTestId("print-header");

    public ILocator JumpBar => Page.GetByTestId("jump-bar");

    /// <summary>A section of the page by its anchor: text, cite, facts, votes, cited-by, provenance.</summary>
    public ILocator Section(string anchor) => Page.Locator($".np-document__body > [id='{anchor}']");

    /// <summary>The top of an element on the page (not the viewport), to compare where things are.</summary>
    public static async Task<double> TopAsync(ILocator element) =>
        await element.EvaluateAsync<double>("element => element.getBoundingClientRect().top + window.scrollY");

    public ILocator CountryVotes => Page.GetByTestId("country-votes").First;

    /// <summary>The paragraph with this anchor (its element has <c>id="{anchor}"</c>).</summary>
    public ILocator Provision(string anchor) => Page.Locator($"[id='{anchor}']");

    /// <summary>A link of the language switch ("en", "fr", "ar" …).</summary>
    public ILocator LanguageLink(string language) =>
        Page.GetByTestId("language-switch").Locator($"a[data-language='{language}']");

    /// <summary>A link of the side-by-side choice ("fr", …, or "none").</summary>
    public ILocator SideBySideLink(string language) =>
        Page.GetByTestId("side-by-side-switch").Locator($"a[data-language='{language}']");

    /// <summary>A paragraph's one tools button ("¶"), which opens its link and citation in place.</summary>
    public ILocator ParagraphTools(string anchor) => Provision(anchor).GetByTestId("paragraph-tools");

    /// <summary>The panel a paragraph's tools button opened: the citation panel for that paragraph.</summary>
    public ILocator ParagraphToolsPanel(string anchor) => Provision(anchor).GetByTestId("paragraph-tools-panel");

    /// <summary>A resolution of the "developments" track whose preambular paragraphs restate earlier ones.</summary>
    public const string Resolution7816 = "/documents/A/RES/78/16";

    /// <summary>In a paragraph's open tools: asks where the paragraph's wording comes from.</summary>
    public ILocator WhereDoesThisWordingComeFrom(string anchor) => ParagraphToolsPanel(anchor).GetByTestId("wording-origin-paragraph");

    /// <summary>In a paragraph's open tools, once asked: the link to the wording's earliest appearance.</summary>
    public ILocator EarliestAppearance(string anchor) => ParagraphToolsPanel(anchor).GetByTestId("reuse-earliest-link");

    /// <summary>The toolbar that a selection of a passage brings up.</summary>
    public ILocator PassageToolbar => Page.GetByTestId("passage-toolbar");

    /// <summary>The words highlighted as the signed-in reader's saved passages (CSS Custom Highlight API), in page order.</summary>
    public Task<string[]> SavedPassageHighlightsAsync() => Page.EvaluateAsync<string[]>(
        "() => [...(CSS.highlights.get('np-saved-passage') ?? [])].map(range => range.toString())");

    /// <summary>The anchor of the first paragraph holding <paramref name="words"/>.</summary>
    public async Task<string> AnchorOfParagraphWithAsync(string words) =>
        (await Page.GetByTestId("provision").Filter(new() { HasText = words }).First.GetAttributeAsync("id"))
        ?? throw new InvalidOperationException($"No paragraph holds '{words}'.");

    /// <summary>Selects <paramref name="words"/> in the paragraph with this anchor, as a reader's mouse would.</summary>
    public Task SelectAsync(string anchor, string words) => Provision(anchor).EvaluateAsync("""
        (paragraph, words) => {
          const text = paragraph.querySelector('.np-provision__text');
          const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(words);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + words.length);
              const selection = document.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              return;
            }
          }
          throw new Error('words not found in one text node');
        }
        """, words);

    /// <summary>The element named in the address's fragment (what CSS :target highlights), if any.</summary>
    public ILocator Target => Page.Locator(":target");

    /// <summary>Whether the element named in the address's fragment is this one (what CSS :target highlights).</summary>
    public Task<bool> IsTargetAsync(string anchor) => Provision(anchor).EvaluateAsync<bool>("element => element.matches(':target')");

    /// <summary>Asserts that <see cref="OverflowingElementsAsync"/> finds nothing; the message names the page and the width.</summary>
    public async Task AssertNothingOverflowsAsync()
    {
        var overflowing = await OverflowingElementsAsync();
        Assert.True(overflowing.Length == 0, $"On {Page.Url} at {Page.ViewportSize?.Width} px, elements stick out of the window: {string.Join(", ", overflowing)}");
    }

    /// <summary>Elements wider than the viewport or sticking out of it to the right: what would scroll sideways.</summary>
    public Task<string[]> OverflowingElementsAsync() => Page.EvaluateAsync<string[]>("""
        () => {
          const width = document.documentElement.clientWidth;
          const main = document.getElementById('main-content');
          const found = [];
          if (main && main.scrollWidth > main.clientWidth + 1) found.push('main scrollWidth ' + main.scrollWidth);
          for (const element of document.querySelectorAll('#main-content *')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            const style = getComputedStyle(element);
            if (style.position === 'absolute' && style.clip !== 'auto') continue;
            // Drawn inside a box that clips it within the window (a button's ripple while it expands): nothing shows outside.
            if (clippedWithin(element.parentElement, width)) continue;
            if (box.right > width + 1) found.push(element.tagName + '.' + element.className + ' right ' + Math.round(box.right));
          }
          return found.slice(0, 10);

          function clippedWithin(ancestor, width) {
            for (; ancestor && ancestor !== main; ancestor = ancestor.parentElement) {
              const overflow = getComputedStyle(ancestor).overflowX;
              if ((overflow === 'hidden' || overflow === 'clip') && ancestor.getBoundingClientRect().right <= width + 1) return true;
            }
            return false;
          }
        }
        """);
}
