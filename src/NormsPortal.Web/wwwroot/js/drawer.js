// The navigation drawer, opened and closed in the browser alone: no reader's circuit keeps its state or watches the
// window's width (a MudDrawer did both, through script interop, for the circuit's life). App.razor loads this once
// per page load; it also works on the static account pages, and before the circuit starts.
//
// Without a choice the drawer is open beside the page from MudBlazor's md breakpoint (960 px) up and closed below it,
// in CSS (app.css, "Drawer"). A choice is marked on <html data-drawer="open|closed">: outside what Blazor renders, so
// it survives the circuit replacing the prerendered page. Crossing the breakpoint forgets it, as MudDrawer did.

const besidePage = matchMedia("(min-width: 960px)");
const root = document.documentElement;
const drawerId = "np-drawer";

function isOpen() {
  const choice = root.dataset.drawer;
  return choice === undefined ? besidePage.matches : choice === "open";
}

// The menu buttons' aria-expanded follows the drawer. Blazor re-creates the buttons when the circuit replaces the
// prerendered page, so the observer below brings new ones into step.
function syncToggles() {
  const expanded = isOpen() ? "true" : "false";
  for (const toggle of document.querySelectorAll("[data-drawer-toggle]")) {
    if (toggle.getAttribute("aria-expanded") !== expanded) {
      toggle.setAttribute("aria-expanded", expanded);
    }
  }
}

function show(open) {
  root.dataset.drawer = open ? "open" : "closed";
  syncToggles();
  // Over the page (a phone), the opened drawer takes the focus, as a menu does; beside it, the reader stays put.
  if (open && !besidePage.matches) {
    document.getElementById(drawerId)?.querySelector("a")?.focus();
  }
}

function forgetChoice() {
  delete root.dataset.drawer;
  syncToggles();
}

function isOverPage() {
  return isOpen() && !besidePage.matches;
}

document.addEventListener("click", (event) => {
  if (!(event.target instanceof Element)) {
    return;
  }
  if (event.target.closest("[data-drawer-toggle]")) {
    show(!isOpen());
  } else if (event.target.closest("[data-drawer-overlay]")) {
    show(false);
  } else if (isOverPage() && event.target.closest(`#${drawerId} a`)) {
    // A followed link leaves the drawer over the page no longer needed.
    show(false);
  }
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || !isOverPage()) {
    return;
  }
  show(false);
  document.querySelector("[data-drawer-toggle]")?.focus();
});

besidePage.addEventListener("change", forgetChoice);
new MutationObserver(syncToggles).observe(document.body, { childList: true, subtree: true });
syncToggles();
