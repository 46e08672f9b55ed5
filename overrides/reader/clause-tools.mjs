// Each clause's actions (.clause__actions in overrides/fragments/clause.html): copy its citation, copy its
// text in the languages on screen. On wide screens they sit beside the heading; on phones one toggle (a
// disclosure button) shows them below it. Cite is its own feature (cite.mjs), opened by data-cite.
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

/* The phone toggle: Escape folds the actions again and gives focus back to it. */
function setUpActionsToggle(tools) {
  const toggle = tools.querySelector("[data-clause-actions-toggle]");
  if (!toggle) return;
  toggle.addEventListener("click", () => toggleExpanded(toggle));
  tools.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
    toggle.setAttribute("aria-expanded", "false");
    if (toggle.offsetParent !== null) toggle.focus();
  });
}

export function start() {
  document.querySelectorAll("[data-clause-tools]").forEach((tools) => {
    tools.hidden = false;
    setUpCopyButtons(tools, tools.closest(".clause"));
    setUpActionsToggle(tools);
  });
}
