// "Suggest a correction" (issue 31), from a clause's actions ([data-suggest="N"]) or the segment popover
// ([data-suggest-popover]): the page's one <dialog data-suggest-dialog> (overrides/fragments/suggest_dialog.html)
// offers the chosen segment with its current English and Vietnamese, room for the reader's wording and reason,
// and three ways to send them, each carrying the same fields:
// - a GitHub issue form, prefilled through its URL parameters (one per field id of the form, from the dialog's
//   data-fields; the repository comes from the build's settings, never from this script);
// - a mailto: to the address the build names;
// - the suggestion copied as text.
// They are plain links, so nothing leaves the page until the reader follows one; offline (navigator.onLine)
// the copy and e-mail come first. The segment chosen is the one the address names in this clause, else the
// one the reader last focused or tapped in it, else its first; the dialog's list changes it.
import { namedSegment } from "./shared/address.mjs";
import { copy } from "./shared/clipboard.mjs";
import { closeOnBackdropClick } from "./shared/controls.mjs";
import { label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";

const OPTION_WORDS = 8; // words of a segment's beginning, in the page's language, in its entry of the list

function words(element) {
  return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
}

/** "14(2)" for segment 14.2 of a clause of several segments, "14" for a clause of one (from the page). */
function locator(clause, id) {
  const segment = clause.querySelector(`[data-segment="${id}"]`);
  return segment ? segment.dataset.locator : id.split(".")[0];
}

function half(clause, id, language) {
  return clause.querySelector(`[data-column="${language}"] [data-segment="${id}"]`);
}

/** The segment to suggest for in `clause`: the address's, else the last one the reader focused or tapped. */
function chosenSegment(clause, lastSegment) {
  const named = namedSegment();
  if (named && clause.contains(named)) return named.dataset.segment;
  const last = lastSegment.get(clause);
  if (last) return last;
  const first = clause.querySelector("[data-segment]");
  return first ? first.dataset.segment : `${clause.dataset.clause}.1`;
}

class SuggestDialog {
  constructor(dialog) {
    this.dialog = dialog;
    this.select = dialog.querySelector("[data-suggest-segment]");
    this.wording = dialog.querySelector("[data-suggest-wording]");
    this.reason = dialog.querySelector("[data-suggest-reason]");
    this.formLink = dialog.querySelector("[data-suggest-form]");
    this.emailLink = dialog.querySelector("[data-suggest-email]");
    this.clause = null;
    this.opener = null;
    this.select.addEventListener("change", () => this.showSegment());
    [this.wording, this.reason].forEach((field) => field.addEventListener("input", () => this.fillLinks()));
    dialog.querySelector("[data-suggest-copy]").addEventListener("click", () => this.copySuggestion());
    // Following a link is the reader's choice made: the dialog has done its work.
    [this.formLink, this.emailLink].forEach((link) => link.addEventListener("click", () => this.dialog.close()));
    dialog.addEventListener("close", () => {
      const { opener } = this;
      if (!opener || !opener.isConnected) return;
      // An action of a folded ⋯ menu is hidden again by now: focus goes back to the toggle that showed it.
      const tools = opener.closest("[data-clause-tools]");
      const toggles = tools ? Array.from(tools.querySelectorAll("[data-clause-more-toggle], [data-clause-actions-toggle]")) : [];
      const target = [opener, ...toggles].find((element) => element.offsetParent !== null);
      if (target) target.focus();
    });
    closeOnBackdropClick(dialog);
    // The network may come or go while the dialog is open: the order of the choices follows it.
    ["online", "offline"].forEach((name) => window.addEventListener(name, () => { if (dialog.open) this.orderChoices(); }));
  }

  open(clause, id, opener) {
    const { dialog, select } = this;
    if (this.clause !== clause) {
      this.wording.value = "";
      this.reason.value = "";
    }
    this.clause = clause;
    this.opener = opener;
    // The list names each segment by its beginning in the page's language (Vietnamese in the Vietnamese
    // dialog, English in the English one); the English column gives the segments that can be corrected.
    const language = document.documentElement.lang;
    select.replaceChildren(...Array.from(clause.querySelectorAll('[data-column="en"] [data-segment]'), (segment) => {
      const option = document.createElement("option");
      const id = segment.dataset.segment;
      const beginning = words(half(clause, id, language) || segment).split(" ");
      option.value = id;
      option.textContent = label(dialog, "option", {
        locator: locator(clause, id),
        words: beginning.slice(0, OPTION_WORDS).join(" ") + (beginning.length > OPTION_WORDS ? "…" : ""),
      });
      return option;
    }));
    select.value = id;
    this.orderChoices();
    this.showSegment();
    if (!dialog.open) dialog.showModal();
  }

  /* Offline, the form cannot open: copying and e-mail (sent when the device is next online) come first. */
  orderChoices() {
    const offline = navigator.onLine === false;
    const list = this.dialog.querySelector("[data-suggest-choices]");
    const order = offline ? ["copy", "email", "form"] : ["form", "email", "copy"];
    order.forEach((choice) => list.appendChild(list.querySelector(`[data-suggest-choice="${choice}"]`)));
    this.dialog.querySelector("[data-suggest-offline]").hidden = !offline;
    this.dialog.classList.toggle("is-offline", offline);
  }

  showSegment() {
    const id = this.select.value;
    this.dialog.querySelector("[data-suggest-current]").textContent = words(half(this.clause, id, "en"));
    this.dialog.querySelector("[data-suggest-vietnamese]").textContent = words(half(this.clause, id, "vi"));
    this.fillLinks();
  }

  /** The suggestion's fields, in the form's order: field id → value. */
  fields() {
    const id = this.select.value;
    return {
      segment: id,
      edition: this.dialog.dataset.edition,
      current: words(half(this.clause, id, "en")),
      vietnamese: words(half(this.clause, id, "vi")),
      suggestion: this.wording.value.trim(),
      reason: this.reason.value.trim(),
    };
  }

  title() {
    return label(this.dialog, "issue-title", { locator: locator(this.clause, this.select.value) });
  }

  /** The prefilled form's address, under the length GitHub accepts: the reader's own words are cut last. */
  formUrl() {
    const { dialog } = this;
    const limit = Number(dialog.dataset.urlLimit);
    const values = this.fields();
    const build = () => {
      const url = new URL(dialog.dataset.newIssue);
      url.searchParams.set("template", dialog.dataset.template);
      url.searchParams.set("title", this.title());
      dialog.dataset.fields.split(" ").forEach((field) => {
        if (values[field]) url.searchParams.set(field, values[field]);
      });
      return url.href;
    };
    let href = build();
    if (href.length > limit) { values.vietnamese = ""; href = build(); } // the maintainer has it by the segment id
    // Each pass shortens the longer of the two by a fifth (at least one character) and drops it once it is
    // down to a word, so the loop ends whatever the lengths: with both gone, the address is what the fixed
    // fields make (the segment's own texts are bounded by the data).
    while (href.length > limit && (values.suggestion || values.reason)) {
      const longer = values.suggestion.length >= values.reason.length ? "suggestion" : "reason";
      const kept = Math.min(Math.floor(values[longer].length * 0.8), values[longer].length - 2);
      values[longer] = kept > 8 ? `${values[longer].slice(0, kept)}…` : "";
      href = build();
    }
    return href;
  }

  /** The same fields as plain text, each named in the reader's language, then the segment's address. */
  text() {
    const values = this.fields();
    const lines = this.dialog.dataset.fields.split(" ").map((field) =>
      `${label(this.dialog, `field-${field}`)}: ${values[field]}`);
    // The segment's public address (the clause's permalink, on its chapter page), also from the offline bundle.
    const permalink = this.clause.querySelector(".clause__number").title || window.location.href;
    const segment = this.clause.querySelector(`[data-segment="${values.segment}"]`);
    lines.push(`${label(this.dialog, "field-page")}: ${permalink.split("#")[0]}#${segment.dataset.address}`);
    return `${this.title()}\n\n${lines.join("\n")}`;
  }

  fillLinks() {
    this.formLink.href = this.formUrl();
    this.emailLink.href = `mailto:${this.dialog.dataset.email}?subject=${encodeURIComponent(this.title())}` +
      `&body=${encodeURIComponent(this.text().split("\n").slice(2).join("\n"))}`;
  }

  copySuggestion() {
    const place = locator(this.clause, this.select.value);
    copy(this.text()).then(() => announce(label(this.dialog, "copied", { locator: place })),
      () => announce(label(this.dialog, "copy-failed")));
  }
}

export function start() {
  const element = document.querySelector("[data-suggest-dialog]");
  if (!element || typeof element.showModal !== "function") return;
  const dialog = new SuggestDialog(element);
  const lastSegment = new WeakMap(); // clause → the id of the segment the reader last focused or tapped
  const remember = (event) => {
    const segment = event.target.closest && event.target.closest("[data-segment]");
    if (segment) lastSegment.set(segment.closest(".clause"), segment.dataset.segment);
  };
  document.addEventListener("focusin", remember);
  document.addEventListener("click", remember);
  document.querySelectorAll(".clause [data-suggest]").forEach((button) => {
    button.addEventListener("click", () => {
      const clause = button.closest(".clause");
      dialog.open(clause, chosenSegment(clause, lastSegment), button);
    });
  });
  const popover = document.querySelector("[data-segment-popover]");
  const fromPopover = popover && popover.querySelector("[data-suggest-popover]");
  if (!fromPopover) return;
  fromPopover.addEventListener("click", () => {
    const id = popover.dataset.forSegment;
    const clause = id && document.querySelector(`.clause[data-clause="${id.split(".")[0]}"]`);
    if (!clause) return;
    if (popover.matches(":popover-open")) popover.hidePopover();
    // Focus comes back to the segment the reader asked about (the popover is gone by then).
    const opener = clause.querySelector(`[data-column="${document.documentElement.lang}"] [data-segment="${id}"]`);
    dialog.open(clause, id, opener);
  });
}

