// The "/" keyboard shortcut: focuses the search box from anywhere on the page, as on many sites,
// unless the reader is typing somewhere (an input, a text area, a select or editable content).
// App.razor loads this once per page load, so it works on every page, before the circuit starts and without one
// (no reader's circuit holds a script for it).

function isTyping(target) {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

function isVisible(element) {
  return element.offsetParent !== null || element.getClientRects().length > 0;
}

// The page's own search box (the search page's) first, then the app bar's; on a small screen,
// where the app bar shows only a link, the search page itself.
function focusSearch() {
  const boxes = [...document.querySelectorAll("input[type='search'][name='q']")].filter(isVisible);
  const box = boxes.find((input) => input.closest("main") !== null) ?? boxes[0];
  if (box) {
    box.focus();
    box.select();
    return;
  }
  location.assign("/search");
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) {
    return;
  }
  event.preventDefault();
  focusSearch();
});
