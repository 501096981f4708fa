// Lets the browser itself follow links to a place on the same document page (#op1.6, #fn2).
// Blazor's router would take them over and move with history.pushState, which scrolls but never
// updates CSS :target, so the paragraph named in the address would not be highlighted. Setting
// location.hash is a real fragment navigation: it scrolls (honouring scroll-margin), updates
// :target and fires popstate, from which Blazor learns the new address as usual.

let following = false;

export function followFragmentLinksNatively() {
  if (following) {
    return;
  }

  following = true;
  // Capture phase: this runs before Blazor's click handling, which leaves a click alone once its
  // default action has been prevented.
  document.addEventListener("click", event => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }

    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || !link.closest(".np-document") || link.hasAttribute("download")) {
      return;
    }

    const url = new URL(link.href, document.baseURI);
    const samePage = url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
    if (samePage && url.hash.length > 1) {
      event.preventDefault();
      if (location.hash === url.hash) {
        // Already there: scroll back to it, as following the link would.
        document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
      } else {
        location.hash = url.hash;
      }
    }
  }, { capture: true });
}

// Re-applies the address's fragment after Blazor has drawn the page: the interactive render
// replaces the prerendered elements (and an internal navigation only pushes history), so the
// paragraph named in the address would lose :target. A fragment navigation that replaces the
// current history entry restores it, and scrolls to the paragraph again.
export function showTarget() {
  const hash = location.hash;
  if (hash.length <= 1) {
    return;
  }

  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target || target.matches(":target")) {
    return;
  }

  const withoutFragment = location.pathname + location.search;
  history.replaceState(history.state, "", withoutFragment);
  location.replace(withoutFragment + hash);
}
