// Entry point of assets/javascripts/statement-search.js (bundled by esbuild at build time,
// statement_core/site/page_scripts.py).
import { isTyping } from "../reader/shared/typing.mjs";
import { SearchDialog } from "./ui.mjs";

function start() {
  const dialog = document.querySelector("[data-search-dialog]");
  if (!dialog || typeof dialog.showModal !== "function") return;
  const search = new SearchDialog(dialog);
  document.querySelectorAll("[data-search-open]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => search.open());
    // Loading starts before the click: on hover, on focus, or as a finger or button goes down.
    button.addEventListener("pointerenter", () => search.prepare(), { once: true });
    button.addEventListener("pointerdown", () => search.prepare(), { once: true });
    button.addEventListener("focus", () => search.prepare(), { once: true });
  });
  // "/" opens search from anywhere but a text field (README: keyboard shortcuts). Just after Esc closed the
  // dialog, the browser may not have given the focus back yet: the key then still goes to the closed dialog's
  // field, where nobody is typing.
  const typing = (target) => isTyping(target) && !(dialog.contains(target) && !dialog.open);
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || dialog.open) return;
    event.preventDefault();
    search.open();
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
