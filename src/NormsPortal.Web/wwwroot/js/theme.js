// The theme, run in the browser alone: no reader's circuit keeps it or watches the system's colour scheme (the layout
// once did both, through script interop, for the circuit's life). App.razor loads this once per page load.
//
// <html data-theme="light|dark"> chooses the theme's variables (the theme stylesheet, Theming/PortalThemeStyles.cs).
// App.razor writes it from the reader's saved choice (the np-theme cookie) or the browser's colour-scheme hint; without
// a saved choice this follows the system's scheme, now and as it changes. The theme button (MainLayout) switches the
// theme and saves the choice; its icon follows the marker in CSS, its name is written here.

const cookieName = "np-theme";
const oneYearInSeconds = 60 * 60 * 24 * 365;
const darkSystemScheme = matchMedia("(prefers-color-scheme: dark)");
const root = document.documentElement;

function savedChoice() {
  const saved = document.cookie.split("; ").find((cookie) => cookie.startsWith(`${cookieName}=`))?.slice(cookieName.length + 1);
  return saved === "light" || saved === "dark" ? saved : null;
}

function systemMode() {
  return darkSystemScheme.matches ? "dark" : "light";
}

// The theme buttons say what they do. Blazor re-creates them when the circuit replaces the prerendered page, so the
// observer below brings new ones into step.
function syncToggles() {
  const label = root.dataset.theme === "dark" ? "Switch to light theme" : "Switch to dark theme";
  for (const toggle of document.querySelectorAll("[data-theme-toggle]")) {
    if (toggle.getAttribute("aria-label") !== label) {
      toggle.setAttribute("aria-label", label);
      toggle.setAttribute("title", label);
    }
  }
}

function show(mode) {
  root.dataset.theme = mode;
  syncToggles();
}

// Saved for a year, so the next prerendered page is drawn in it straight away.
function remember(mode) {
  show(mode);
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${cookieName}=${mode}; Max-Age=${oneYearInSeconds}; Path=/; SameSite=Lax${secure}`;
}

document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-theme-toggle]")) {
    remember(root.dataset.theme === "dark" ? "light" : "dark");
  }
});

darkSystemScheme.addEventListener("change", () => {
  if (savedChoice() === null) {
    show(systemMode());
  }
});

new MutationObserver(syncToggles).observe(document.body, { childList: true, subtree: true });
show(savedChoice() ?? systemMode());
