// A passage selected in a paragraph of the document page, as a text reference: the work's symbol, the
// paragraph's anchor, the language, the quoted words and a little of the text either side (prefix and
// suffix, as the W3C TextQuoteSelector has them, so the quote can be found again when it occurs twice).
// PassageSelectionInterop.cs calls it; the selection toolbar (PassageToolbar.razor) offers its actions
// for the passage, and a paragraph's tools ask about the current selection from the keyboard.

const contextLength = 32;
const watchers = new Map();

// The selected passage, or null when nothing is selected inside one paragraph or it has too few words.
export function currentPassage(minimumWords) {
  return passageOf(document.getSelection(), minimumWords);
}

// Tells `dotnet` (OnPassageChanged) whenever the selection becomes or stops being a passage, with where
// it is relative to `host` (the toolbar's positioned parent), so the toolbar can stand under it.
export function watch(host, dotnet, minimumWords) {
  unwatch(host);
  let timer = 0;
  let last = null;
  const report = () => {
    const passage = passageOf(document.getSelection(), minimumWords);
    const key = passage ? `${passage.symbol}|${passage.anchor}|${passage.quote}` : null;
    if (key === last) {
      return;
    }

    last = key;
    if (passage) {
      const rect = document.getSelection().getRangeAt(0).getBoundingClientRect();
      const origin = host.getBoundingClientRect();
      passage.top = Math.round(rect.bottom - origin.top);
      passage.left = Math.round(Math.max(0, rect.left - origin.left));
    }

    dotnet.invokeMethodAsync("OnPassageChanged", passage).catch(() => {});
  };
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(report, 250);
  };
  document.addEventListener("selectionchange", onChange);
  watchers.set(host, onChange);
  // A passage selected before the watch began (the reader was quicker than the circuit) gets its toolbar too.
  report();
}

export function unwatch(host) {
  const onChange = watchers.get(host);
  if (onChange) {
    document.removeEventListener("selectionchange", onChange);
    watchers.delete(host);
  }
}

function passageOf(selection, minimumWords) {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }

  const range = selection.getRangeAt(0);
  const paragraph = elementOf(range.startContainer)?.closest(".np-provision__text");
  if (!paragraph || paragraph !== elementOf(range.endContainer)?.closest(".np-provision__text")) {
    return null;
  }

  const anchored = paragraph.closest("[id]");
  const work = paragraph.closest("[data-symbol]");
  const language = paragraph.closest("[lang]")?.getAttribute("lang") ?? "en";
  const quote = range.toString().replace(/\s+/g, " ").trim();
  if (!anchored || !work || wordCount(quote, language) < minimumWords) {
    return null;
  }

  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(paragraph, paragraph.childNodes.length);
  return {
    symbol: work.getAttribute("data-symbol"),
    anchor: anchored.id,
    language,
    quote,
    prefix: before.toString().replace(/\s+/g, " ").slice(-contextLength),
    suffix: after.toString().replace(/\s+/g, " ").slice(0, contextLength),
    top: 0,
    left: 0,
  };
}

function elementOf(node) {
  return node instanceof Element ? node : node?.parentElement ?? null;
}

// Words as the language cuts them: Chinese has no spaces between its words.
function wordCount(text, language) {
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    let count = 0;
    for (const segment of new Intl.Segmenter(language, { granularity: "word" }).segment(text)) {
      if (segment.isWordLike) {
        count++;
      }
    }

    return count;
  }

  return text.split(/\s+/).filter(Boolean).length;
}
