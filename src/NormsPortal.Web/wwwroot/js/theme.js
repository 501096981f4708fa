// Keeps the page's theme marker and the reader's saved choice in step with the layout.
// ThemeInterop.cs calls these functions once the page is interactive.

const cookieName = "np-theme";
const oneYearInSeconds = 60 * 60 * 24 * 365;

// Marks <html data-theme="light|dark"> so CSS (and tests) can see the theme in use.
export function showTheme(mode) {
  document.documentElement.dataset.theme = mode;
}

// Shows the theme and saves it, so the next prerendered page is drawn in it straight away.
export function rememberTheme(mode) {
  showTheme(mode);
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${cookieName}=${mode}; Max-Age=${oneYearInSeconds}; Path=/; SameSite=Lax${secure}`;
}

const darkSystemScheme = "(prefers-color-scheme: dark)";

// Answers the system's theme now and tells the layout (a .NET object reference) each time it changes, for as long
// as the page lives. A change after the reader's circuit has ended has no one to tell.
export function watchSystemTheme(layout) {
  const query = matchMedia(darkSystemScheme);
  query.addEventListener("change", (event) => {
    layout.invokeMethodAsync("ShowSystemTheme", event.matches ? "dark" : "light").catch(() => {});
  });
  return query.matches ? "dark" : "light";
}
