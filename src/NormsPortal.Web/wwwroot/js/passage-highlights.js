// Highlights the passages the signed-in reader saved, on the document page, with the CSS Custom Highlight
// API: the text's elements are left as they are, so anchors, selection, copying and Blazor's own rendering
// of the paragraphs are not disturbed. PassageHighlightInterop.cs calls it with what
// Features/Library/SavedPassages.cs found; the style is ::highlight(np-saved-passage) in css/document.css.
// A browser without the API shows no highlight (the library still lists the passages).

const highlightName = "np-saved-passage";
let shown = { symbol: null, passages: [] };

// Highlights `passages` ({ anchor, quote, prefix, suffix }) of the work `symbol`, and nothing else.
export function show(symbol, passages) {
  shown = { symbol, passages: [...passages] };
  draw();
}

// Highlights one more passage of the work shown (one just saved).
export function add(symbol, passage) {
  if (shown.symbol !== symbol) {
    shown = { symbol, passages: [] };
  }

  shown.passages.push(passage);
  draw();
}

// How many passages are highlighted now: what the end-to-end tests look at.
export function count() {
  return globalThis.CSS?.highlights?.get(highlightName)?.size ?? 0;
}

function draw() {
  if (!globalThis.CSS?.highlights || typeof Highlight === "undefined") {
    return;
  }

  const work = [...document.querySelectorAll("[data-symbol]")].find((element) => element.getAttribute("data-symbol") === shown.symbol);
  const ranges = [];
  for (const passage of work ? shown.passages : []) {
    const holder = work.querySelector(`[id="${CSS.escape(passage.anchor)}"]`);
    for (const paragraph of holder ? holder.querySelectorAll(".np-provision__text") : []) {
      const range = find(paragraph, passage);
      if (range) {
        ranges.push(range);
      }
    }
  }

  CSS.highlights.set(highlightName, new Highlight(...ranges));
}

// The range of the quote in the paragraph: the occurrence whose context matches the saved prefix and suffix
// best, the first one on a tie. Words are compared as the server stores them: runs of white space as one
// space; footnote marks and words only for screen readers are not part of the paragraph's text.
function find(paragraph, passage) {
  const quote = normalise(passage.quote);
  if (quote.length === 0) {
    return null;
  }

  const { text, places } = textOf(paragraph);
  const prefix = normalise(passage.prefix);
  const suffix = normalise(passage.suffix);
  let best = null;
  let bestScore = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const score = (text.slice(0, at).trimEnd().endsWith(prefix) ? 1 : 0) + (text.slice(at + quote.length).trimStart().startsWith(suffix) ? 1 : 0);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }

  if (best === null) {
    return null;
  }

  const first = places[best];
  const last = places[best + quote.length - 1];
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

// The paragraph's words with runs of white space made one space, and where each character stands in the DOM.
function textOf(paragraph) {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(".np-fnref, .np-visually-hidden") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = "";
  const places = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      const space = /\s/.test(data[offset]);
      if (space && (text.length === 0 || text.endsWith(" "))) {
        continue;
      }

      text += space ? " " : data[offset];
      places.push({ node, offset });
    }
  }

  return { text, places };
}

function normalise(words) {
  return (words ?? "").replace(/\s+/g, " ").trim();
}
