// The Listen controls (issue 32): one in the reading tools (the whole page) and one in each clause's actions
// (from that clause on). The player itself is its own script, assets/javascripts/statement-listen.js
// (overrides/reader/listen/), loaded from the site the first time a reader presses Listen, so that a reader
// who never listens never downloads it. A press becomes a "statement:listen" event that the player handles.
import { label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";

const PLAYER_SCRIPT = "statement-listen.js"; // beside statement-reader.js (statement_core/site/page_scripts.py)
export const LISTEN_EVENT = "statement:listen";

let loading = null;

/* The player's script, from the folder the reader's own script came from (relative, so the same code works
   under any site path and from file:// in the offline bundle). */
function loadPlayer() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const reader = document.querySelector('script[src$="statement-reader.js"]');
      const script = document.createElement("script");
      script.src = new URL(PLAYER_SCRIPT, reader ? reader.src : window.location.href).href;
      script.addEventListener("load", resolve);
      script.addEventListener("error", () => { loading = null; script.remove(); reject(); });
      document.head.appendChild(script);
    });
  }
  return loading;
}

/** Start listening from `clause` (an article.clause), or from the page's first clause when null. */
export function listen(clause) {
  const tools = document.querySelector("[data-reading-tools]");
  return loadPlayer().then(
    () => document.dispatchEvent(new CustomEvent(LISTEN_EVENT, { detail: { clause } })),
    () => announce(label(tools, "listen-loading-failed")),
  );
}

export function start() {
  const controls = document.querySelectorAll("[data-listen]");
  if (!controls.length) return;
  // Without speech synthesis, or on a page without the player, the controls are not offered at all.
  if (!("speechSynthesis" in window) || !document.querySelector("[data-listen-player-template]")) {
    document.documentElement.classList.add("listen-unavailable");
    return;
  }
  controls.forEach((control) => control.addEventListener("click", () => {
    listen(control.dataset.listen ? control.closest(".clause") : null);
  }));
}
