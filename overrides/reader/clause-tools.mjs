// Each clause's actions (.clause__actions in overrides/fragments/clause.html): copy its citation, copy its
// text in the languages on screen. Cite (cite.mjs), Share (share.mjs) and Suggest a correction (suggest.mjs)
// are their own features. The menu (issue 31): on wide screens the primary actions sit beside the heading and
// the rest behind a ⋯ "more" menu; on phones one ⋯ toggle (a disclosure button) shows them all below it.
import { copy } from "./shared/clipboard.mjs";
import { toggleExpanded } from "./shared/controls.mjs";
import { label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";
import { readingPreferences } from "./shared/reading-preferences.mjs";

function visibleColumns(clause) {
  const { mode, swapped } = readingPreferences();
  let columns = Array.from(clause.querySelectorAll("[data-column]"));
  if (mode === "vi" || mode === "en") columns = columns.filter((column) => column.dataset.column === mode);
  if (swapped) columns.reverse();
  return columns;
}

function clauseText(clause) {
  const heading = clause.querySelector(".clause__heading").textContent.replace(/\s+/g, " ").trim();
  const parts = visibleColumns(clause).map((column) => {
    const language = column.querySelector(".clause__language").textContent.trim();
    const body = column.querySelector(".clause__body").textContent.replace(/\s+/g, " ").trim();
    return `${language}:\n${body}`;
  });
  return `${heading}\n\n${parts.join("\n\n")}`;
}

function setUpCopyButtons(tools, clause) {
  const labels = document.querySelector("[data-reading-tools]"); // the reading pages' labels
  tools.querySelectorAll("[data-copy]").forEach((button) => {
    button.addEventListener("click", () => {
      const kind = button.dataset.copy;
      copy(kind === "citation" ? button.dataset.citation : clauseText(clause)).then(() => {
        button.classList.add("is-copied");
        window.setTimeout(() => button.classList.remove("is-copied"), 2000);
        announce(label(labels, kind === "citation" ? "copied-citation" : "copied-text", { number: clause.dataset.clause }));
      }, () => announce(label(labels, "copy-failed")));
    });
  });
}

function shown(element) {
  return element.offsetParent !== null;
}

/* The wide screens' ⋯ menu of the less frequent actions: a disclosure that folds again when an action is
   chosen, on Escape (focus back on it), or when focus or a click goes elsewhere. Returns "fold it", or null. */
function setUpMoreMenu(tools) {
  const more = tools.querySelector("[data-clause-more]");
  const toggle = more && more.querySelector("[data-clause-more-toggle]");
  if (!toggle) return null;
  const fold = (giveFocusBack) => {
    if (toggle.getAttribute("aria-expanded") !== "true") return false;
    toggle.setAttribute("aria-expanded", "false");
    if (giveFocusBack && shown(toggle)) toggle.focus();
    return true;
  };
  toggle.addEventListener("click", () => toggleExpanded(toggle));
  more.querySelectorAll(".clause__more-list button").forEach((action) => {
    // After the action has run (copying, opening the dialog), so it finds its button where the reader left it.
    action.addEventListener("click", () => window.setTimeout(() => { if (shown(toggle)) fold(false); }, 0));
  });
  more.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !more.contains(event.relatedTarget)) fold(false);
  });
  document.addEventListener("click", (event) => {
    if (!more.contains(event.target)) fold(false);
  });
  return fold;
}

/* The phone toggle: Escape folds the actions again and gives focus back to it (the ⋯ menu first, if open). */
function setUpActionsToggle(tools, foldMore) {
  const toggle = tools.querySelector("[data-clause-actions-toggle]");
  tools.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (foldMore && foldMore(true)) return;
    if (!toggle || toggle.getAttribute("aria-expanded") !== "true") return;
    toggle.setAttribute("aria-expanded", "false");
    if (shown(toggle)) toggle.focus();
  });
  if (toggle) toggle.addEventListener("click", () => toggleExpanded(toggle));
}

export function start() {
  document.querySelectorAll("[data-clause-tools]").forEach((tools) => {
    tools.hidden = false;
    setUpCopyButtons(tools, tools.closest(".clause"));
    setUpActionsToggle(tools, setUpMoreMenu(tools));
  });
}
