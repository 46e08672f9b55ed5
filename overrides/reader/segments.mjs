// Aligned segments (issue 17): segment N.M of one column translates segment N.M of the other.
// - Pointing at a segment or focusing it marks it and its counterpart (in every mode that shows both).
// - Keyboard: one tab stop per clause (roving focus); arrow keys, Home and End move between its segments
//   in reading order; Enter or Space "asks" for the counterpart: it is announced, and shown in a small
//   popover when its column is not on screen (single-language modes, or scrolled away on a phone). A click
//   does the same when the counterpart's column is hidden.
// (An address #clause-N.M marks both halves of that segment: shared/address.mjs, with the clause it names.)
import { label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";

function halves(clause, id) {
  return clause ? Array.from(clause.querySelectorAll(`[data-segment="${id}"]`)) : [];
}

export function shown(element) {
  return element.offsetParent !== null;
}

function counterpart(segment) {
  return halves(segment.closest(".clause"), segment.dataset.segment).find((half) => half !== segment) || null;
}

/** Mark (or unmark) `segment` and its counterpart in the other column with `className`: pointing and focus
    here, the read-aloud player (listen/) for the segment being read. */
export function mark(segment, className, on) {
  halves(segment.closest(".clause"), segment.dataset.segment).forEach((half) => half.classList.toggle(className, on));
}

/* The segments a keyboard moves through, in reading order: the visible columns as laid out. */
function readingOrder(clause) {
  const columns = Array.from(clause.querySelectorAll("[data-column]")).filter(shown);
  columns.sort((a, b) => {
    const first = a.getBoundingClientRect();
    const second = b.getBoundingClientRect();
    return first.top - second.top || first.left - second.left;
  });
  return columns.flatMap((column) => Array.from(column.querySelectorAll("[data-segment]")));
}

function makeTabStop(clause, segment) {
  clause.querySelectorAll("[data-segment]").forEach((other) => {
    other.setAttribute("tabindex", other === segment ? "0" : "-1");
  });
}

/* The popover that shows a counterpart whose column is not on screen. */
class CounterpartPopover {
  constructor(element) {
    this.element = element;
  }

  hide() {
    if (this.element && this.element.matches(":popover-open")) this.element.hidePopover();
  }

  show(segment, other) {
    const popover = this.element;
    if (!popover || typeof popover.showPopover !== "function") return;
    const column = other.closest("[data-column]");
    popover.querySelector("[data-segment-popover-label]").textContent =
      column.querySelector(".clause__provenance").textContent.replace(/\s+/g, " ").trim();
    const text = popover.querySelector("[data-segment-popover-text]");
    text.textContent = other.textContent;
    text.lang = column.lang;
    const cite = popover.querySelector("[data-segment-popover-cite]");
    const id = segment.dataset.segment;
    cite.dataset.cite = id;
    cite.textContent = label(popover, "cite", { locator: segment.dataset.locator });
    popover.dataset.forSegment = id;
    if (!popover.matches(":popover-open")) popover.showPopover();
    const box = segment.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, window.innerWidth - popover.offsetWidth - 8));
    const below = box.bottom + 6;
    const top = below + popover.offsetHeight > window.innerHeight ? Math.max(8, box.top - popover.offsetHeight - 6) : below;
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  }
}

/* The reader asked for the counterpart: say it (`say`), and show it where its column is not in view. */
function askForCounterpart(segment, say, popover) {
  const other = counterpart(segment);
  if (!other) return;
  const column = other.closest("[data-column]");
  const box = other.getBoundingClientRect();
  const inView = shown(other) && box.bottom > 0 && box.top < window.innerHeight;
  if (!inView) popover.show(segment, other);
  else popover.hide();
  if (say) {
    const language = column.querySelector(".clause__language").textContent.trim();
    announce(`${language}: ${other.textContent.replace(/\s+/g, " ").trim()}`);
  }
}

function onKey(event, popover) {
  const segment = event.target.closest && event.target.closest("[data-segment]");
  if (!segment || event.target !== segment || event.ctrlKey || event.metaKey || event.altKey) return;
  const order = readingOrder(segment.closest(".clause"));
  const position = order.indexOf(segment);
  let next = null;
  if (event.key === "ArrowDown" || event.key === "ArrowRight") next = order[position + 1];
  else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = order[position - 1];
  else if (event.key === "Home") next = order[0];
  else if (event.key === "End") next = order[order.length - 1];
  else if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    askForCounterpart(segment, true, popover);
    return;
  } else return;
  event.preventDefault();
  if (next) {
    popover.hide();
    makeTabStop(segment.closest(".clause"), next);
    next.focus();
  }
}

function onClick(event, popover) {
  const segment = event.target.closest && event.target.closest("[data-segment]");
  if (!segment || event.target.closest("a, abbr, button")) return;
  const selection = window.getSelection && window.getSelection();
  if (selection && !selection.isCollapsed) return; // selecting text, not asking
  const other = counterpart(segment);
  if (other && !shown(other)) askForCounterpart(segment, false, popover);
}

function segmentOf(event) {
  return event.target.matches && event.target.matches("[data-segment]") ? event.target : null;
}

export function start() {
  const clauses = Array.from(document.querySelectorAll(".clause"));
  if (!clauses.length) return;
  const popover = new CounterpartPopover(document.querySelector("[data-segment-popover]"));
  const hint = document.querySelector("[data-segment-hint]");
  clauses.forEach((clause) => {
    clause.querySelectorAll("[data-segment]").forEach((segment) => {
      segment.setAttribute("tabindex", "-1");
      if (hint) segment.setAttribute("aria-describedby", hint.id);
    });
    const first = readingOrder(clause)[0];
    if (first) first.setAttribute("tabindex", "0");
  });

  document.addEventListener("pointerover", (event) => {
    const segment = event.target.closest && event.target.closest("[data-segment]");
    if (segment) mark(segment, "is-paired", true);
  });
  document.addEventListener("pointerout", (event) => {
    const segment = event.target.closest && event.target.closest("[data-segment]");
    if (segment && !segment.contains(event.relatedTarget)) mark(segment, "is-paired", segment === document.activeElement);
  });
  document.addEventListener("focusin", (event) => {
    const segment = segmentOf(event);
    if (!segment) return;
    makeTabStop(segment.closest(".clause"), segment);
    mark(segment, "is-paired", true);
  });
  document.addEventListener("focusout", (event) => {
    const segment = segmentOf(event);
    if (segment) mark(segment, "is-paired", false);
  });
  document.addEventListener("keydown", (event) => onKey(event, popover));
  document.addEventListener("click", (event) => onClick(event, popover));
  // Modes and swap change what is visible: keep each clause's tab stop on a segment the reader can see.
  new MutationObserver(() => clauses.forEach((clause) => {
    const current = clause.querySelector('[data-segment][tabindex="0"]');
    if (!current || !shown(current)) makeTabStop(clause, readingOrder(clause)[0] || null);
  })).observe(document.documentElement, { attributes: true, attributeFilter: ["data-reading-mode", "data-columns-swapped"] });
}
