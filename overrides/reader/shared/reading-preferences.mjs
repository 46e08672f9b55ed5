// The reader's choice of reading mode and column order, remembered across visits (localStorage) and shown
// as attributes of <html> that the styles follow. The page head's inline script applies the saved choice
// before the first paint (overrides/main.html, the same key and modes); this module keeps it afterwards.

const STORAGE_KEY = "vn-by-statement.reading";
export const MODES = ["side", "vi", "en", "stacked"];

function load() {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "{}");
    return { mode: MODES.indexOf(saved.mode) >= 0 ? saved.mode : "side", swapped: saved.swapped === true };
  } catch (error) {
    return { mode: "side", swapped: false };
  }
}

const preferences = load();

/** Show the current choice on <html>. */
export function applyPreferences() {
  const root = document.documentElement;
  root.setAttribute("data-reading-mode", preferences.mode);
  root.setAttribute("data-columns-swapped", preferences.swapped ? "true" : "false");
}

/** The current choice, {mode, swapped}: a copy. */
export function readingPreferences() {
  return { mode: preferences.mode, swapped: preferences.swapped };
}

/** Change the choice ({mode} and/or {swapped}), show it and remember it. */
export function choose(changes) {
  Object.assign(preferences, changes);
  applyPreferences();
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
  } catch (error) {
    // Private browsing or file:// without storage: the choice lasts for this page only.
  }
}
