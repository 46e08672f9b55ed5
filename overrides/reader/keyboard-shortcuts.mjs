// Keyboard shortcuts on the reading pages. Which key runs which action is read from the `?` dialog
// (rendered from statement_core/site/shortcuts.py); the actions press the page's own controls, so a shortcut
// does exactly what the control does and is announced the same way. Never while typing, composing (IME) or
// with Ctrl/Alt/Meta held, and not while a modal dialog is open. Listens in the capture phase on window and
// stops the keys it handles, so the theme's own listener (Material binds `s` to its search) never sees them;
// every other key, `/` and the theme's `p`/`n` included, passes through untouched.
import { targetChanged } from "./shared/address.mjs";
import { closeOnBackdropClick } from "./shared/controls.mjs";
import { label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";
import { isTyping } from "./shared/typing.mjs";

function clauses() {
  return Array.from(document.querySelectorAll(".clause"));
}

/* Where reading happens: below the sticky header, within the first quarter of the screen. */
function readingBand() {
  const header = document.querySelector(".md-header");
  const top = header ? header.getBoundingClientRect().bottom : 0;
  return { top, bottom: top + window.innerHeight / 4 };
}

function focusedClause() {
  const active = document.activeElement;
  return active && active.closest ? active.closest(".clause") : null;
}

/* The clause with focus, else the first one that reaches into the reading band. */
function currentClause() {
  const band = readingBand();
  return focusedClause() || clauses().find((clause) => clause.getBoundingClientRect().bottom > band.bottom) || null;
}

/* The clause `j` (step 1) or `k` (step -1) goes to. From a focused clause, its neighbour. Otherwise from
   the current clause: if its heading is still below the band, `j` goes to it; if its heading has
   scrolled away above, `k` goes back to it. */
function neighbour(step) {
  const all = clauses();
  const current = currentClause();
  if (!current) return step > 0 ? null : all[all.length - 1] || null;
  if (!focusedClause()) {
    const band = readingBand();
    const top = current.getBoundingClientRect().top;
    if ((step > 0 && top > band.bottom) || (step < 0 && top < band.top - 2)) return current;
  }
  return all[all.indexOf(current) + step] || null;
}

function goToClause(step, help) {
  const clause = neighbour(step);
  if (!clause) {
    announce(label(help, step > 0 ? "last-clause" : "first-clause"));
    return;
  }
  const heading = clause.querySelector(".clause__heading");
  heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
  window.history.replaceState(window.history.state, "", `#${heading.id}`);
  targetChanged();
}

function goToChapter(href, boundaryMessage) {
  if (href) window.location.href = new URL(href, window.location.href).href;
  else announce(boundaryMessage);
}

function nextMode() {
  const radios = Array.from(document.querySelectorAll('input[name="reading-mode"]'));
  const checked = radios.find((radio) => radio.checked);
  const next = radios[(radios.indexOf(checked) + 1) % radios.length];
  next.checked = true;
  next.dispatchEvent(new Event("change", { bubbles: true }));
}

/* `l`: Listen from the current clause (the page's first without one); with the player open, pause or resume. */
function listenOrPause() {
  if (document.documentElement.classList.contains("listen-unavailable")) return;
  const playing = document.querySelector('[data-listen-player] [data-listen-action="play-pause"]');
  const clause = currentClause();
  const control = playing || (clause && clause.querySelector("[data-listen]")) || document.querySelector("[data-reading-tools] [data-listen]");
  if (control) control.click();
}

/* The player's own buttons (overrides/reader/listen/); before it is open, say how to open it. */
function playerAction(action) {
  const button = document.querySelector(`[data-listen-player] [data-listen-action="${action}"]`);
  if (button) button.click();
  else announce(label(document.querySelector("[data-reading-tools]"), "listen-not-playing"));
}

function copyCitation() {
  const clause = currentClause();
  const button = clause && clause.querySelector('[data-copy="citation"]');
  if (button) button.click();
}

export function start() {
  const help = document.querySelector("[data-shortcuts]");
  if (!help) return;
  const statement = document.querySelector("[data-statement-page]");
  const bindings = {};
  help.querySelectorAll("[data-shortcut-action]").forEach((row) => {
    bindings[row.querySelector("kbd").textContent] = row.dataset.shortcutAction;
  });
  const showShortcuts = () => { if (!help.open) help.showModal(); };
  const actions = {
    "next-clause": () => goToClause(1, help),
    "previous-clause": () => goToClause(-1, help),
    "next-chapter": () => goToChapter(statement.dataset.nextChapter, label(help, "last-chapter")),
    "previous-chapter": () => goToChapter(statement.dataset.previousChapter, label(help, "first-chapter")),
    "swap-columns": () => document.querySelector("[data-swap-columns]").click(),
    "next-mode": nextMode,
    "copy-citation": copyCitation,
    listen: listenOrPause,
    "listen-previous-segment": () => playerAction("previous-segment"),
    "listen-next-segment": () => playerAction("next-segment"),
    "listen-previous-clause": () => playerAction("previous-clause"),
    "listen-next-clause": () => playerAction("next-clause"),
    "show-shortcuts": showShortcuts,
  };

  window.addEventListener("keydown", (event) => {
    const action = actions[bindings[event.key]];
    if (!action || event.ctrlKey || event.altKey || event.metaKey || event.isComposing || event.defaultPrevented) return;
    if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }, true);

  document.querySelectorAll("[data-shortcuts-open]").forEach((button) => button.addEventListener("click", showShortcuts));
  closeOnBackdropClick(help);
}
