// The search dialog: a native modal <dialog> opened from the header button or the "/" key, with results
// grouped as the reader needs them (their language first, then what only the other language finds).
import { format } from "../reader/shared/labels.mjs";
import { addTexts, addWordTables, createIndex, searchAll } from "./engine.mjs";
import { loadIndexData, loadTexts, loadWordTables } from "./loader.mjs";
import { snippet } from "./snippet.mjs";
import { fold, words } from "./text.mjs";

const MAX_OWN = 30;
const MAX_OTHER = 15;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The segment (1, 2, …) of a clause of several that holds character `offset` of its text, or 0. */
export function segmentAt(record, offset) {
  if (!record.segments || offset < 0) return 0;
  let end = 0;
  for (let i = 0; i < record.segments.length; i += 1) {
    end += record.segments[i] + 1; // each segment and the space after it
    if (offset < end) return i + 1;
  }
  return record.segments.length;
}

/**
 * A word of the text as `record` writes it (accents and all, lower case), for its folded form `surface`
 * (as folded until a large collection's texts are in: the dialog says it again when they are).
 */
function asWritten(record, surface) {
  const found = words(`${record.title || ""} ${record.text || ""}`).find((token) => fold(token.text) === surface);
  return found ? found.text.toLowerCase() : surface;
}

/**
 * What the first result says of how it was found, for the line above the results: the query as corrected
 * ("Showing results for …") when it was found by a typo's correction, and the words related to the reader's
 * that it was found by ("Also matching: …"). Each note: {template, placeholder, value} for the label whose
 * {placeholder} the dialog fills with `value` in emphasis.
 */
export function forgivenNotes(found, labels, query) {
  const top = found.own[0] || found.other[0] || found.partial[0];
  if (!top || (!top.corrected.size && !top.expanded.size)) return [];
  const notes = [];
  if (top.corrected.size) {
    const typed = query.normalize("NFC");
    let corrected = "";
    let from = 0;
    words(typed).forEach((token, i) => {
      if (!top.corrected.has(i)) return;
      corrected += typed.slice(from, token.start) + asWritten(top.record, top.corrected.get(i));
      from = token.end;
    });
    notes.push({ template: labels.labelCorrected, placeholder: "query", value: corrected + typed.slice(from) });
  }
  if (top.expanded.size) {
    const related = new Set(Array.from(top.expanded.values()).flatMap((surfaces) => Array.from(surfaces)));
    const shown = Array.from(related, (surface) => asWritten(top.record, surface));
    notes.push({ template: labels.labelAlsoMatching, placeholder: "words", value: shown.join(", ") });
  }
  return notes;
}

/**
 * What the dialog shows for the results of searchAll: the groups of results in order, each with its heading
 * (none for the reader's own records with the whole query), the status line, and whether to offer the
 * chapter list and the glossary instead (nothing relates at all). `labels`: the dialog's data-label-*.
 */
export function presentation(found, labels, query) {
  const own = found.own.slice(0, MAX_OWN);
  const other = found.other.slice(0, MAX_OTHER);
  // Records with only some of the words, headed as such, after those with all of them (README "Search").
  const partial = found.partial.slice(0, MAX_OWN - own.length);
  const groups = [];
  if (own.length) groups.push({ id: "", heading: "", results: own });
  if (other.length) {
    const heading = labels[`labelFoundIn${other[0].language === "vi" ? "Vi" : "En"}`];
    groups.push({ id: "statement-search-other", heading, results: other });
  }
  if (partial.length) groups.push({ id: "statement-search-partial", heading: labels.labelPartial, results: partial });
  const whole = found.own.length + found.other.length;
  const total = whole + found.partial.length;
  let status = format(labels.labelNone, { query });
  if (whole) status = format(whole === 1 ? labels.labelCountOne : labels.labelCount, { count: whole });
  else if (total) status = format(labels.labelNoneWhole, { query, count: total });
  return { groups, status, browse: total === 0, notes: forgivenNotes(found, labels, query) };
}

export class SearchDialog {
  constructor(dialog) {
    this.dialog = dialog;
    this.input = dialog.querySelector("[data-search-input]");
    this.status = dialog.querySelector("[data-search-status]");
    this.results = dialog.querySelector("[data-search-results]");
    this.browse = dialog.querySelector("[data-search-browse]");
    this.labels = dialog.dataset;
    this.language = dialog.dataset.language;
    this.languages = dialog.dataset.languages.split(" ");
    this.siteRoot = dialog.dataset.siteRoot;
    this.languageRoot = dialog.dataset.languageRoot;
    this.indexes = null;
    this.lastQuery = null;
    this.loadingWords = 0; // word tables on their way (createIndex)
    this.input.addEventListener("input", () => this.update(true));
    this.input.addEventListener("keydown", (event) => this.onInputKey(event));
    this.results.addEventListener("keydown", (event) => this.onResultsKey(event));
    this.results.addEventListener("click", (event) => this.onResultClick(event));
    dialog.querySelector("[data-search-form]").addEventListener("submit", (event) => {
      event.preventDefault();
      const first = this.links()[0];
      if (first) first.click();
    });
    dialog.querySelectorAll("[data-search-close]").forEach((button) => button.addEventListener("click", () => dialog.close()));
    // A click on the backdrop (outside the dialog's box) closes it, as readers expect of an overlay.
    dialog.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); });
  }

  /**
   * Start loading the indexes (on hover or focus of the button, before the reader types): the reader's
   * language first, ready to search as soon as it is loaded ("data-search-ready"); then, for a large
   * collection, its texts, which only the snippets need ("data-search-snippets"); then the other language's
   * index, whose results come after the reader's, and its texts ("data-search-complete": all in). The list is
   * redone as each arrives. On a large collection each file is megabytes: waiting for all would triple the wait
   * (README "Search").
   */
  prepare() {
    if (!this.ready) {
      const others = this.languages.filter((language) => language !== this.language);
      this.ready = loadIndexData(this.siteRoot, this.language).then((data) => {
        this.indexes = { [data.language]: this.createIndex(data) };
        // How the index came: "serialised" by the build (a large collection) or "built" here (a small one).
        this.dialog.dataset.searchIndexes = data.index ? "serialised" : "built";
        this.dialog.dataset.searchReady = "true";
      });
      this.ready.catch(() => this.say(this.labels.labelError));
      this.ready.then(() => this.addTexts(this.language))
        .then(() => { this.dialog.dataset.searchSnippets = "true"; })
        .then(() => Promise.all(others.map((language) => loadIndexData(this.siteRoot, language))))
        .then((all) => {
          all.forEach((data) => { this.indexes[data.language] = this.createIndex(data); });
          this.refresh();
          return Promise.all(others.map((language) => this.addTexts(language)));
        })
        .then(() => { this.dialog.dataset.searchComplete = "true"; })
        .catch(() => {}); // the reader's own language still searches
    }
    return this.ready;
  }

  /**
   * An index of the data of search/<language>.js whose word tables (search/<language>-words.js: the real words,
   * the readers' words) load when a query first has a word that is no word of the text: until then the results
   * for the words of the text stand; the list is redone when they arrive. "data-search-words-loading" is on
   * the dialog while any are on their way.
   */
  createIndex(data) {
    const index = createIndex(data);
    index.wantWordTables = () => {
      index.wantWordTables = null; // once: it is asked for each such word of each query until they are in
      this.loadingWords += 1;
      this.dialog.dataset.searchWordsLoading = "true";
      loadWordTables(this.siteRoot, index.language, index.wordTablesApart)
        .then((tables) => addWordTables(index, tables))
        .catch(() => {}) // the words of the text still search
        .then(() => {
          this.loadingWords -= 1;
          this.refresh();
          if (!this.loadingWords) delete this.dialog.dataset.searchWordsLoading;
        });
    };
    return index;
  }

  /** A large collection's texts of `language`, loaded after its index; the list redone with its snippets. */
  addTexts(language) {
    const index = this.indexes[language];
    if (!index.textsApart) return Promise.resolve();
    return loadTexts(this.siteRoot, language, index.textsApart).then((texts) => {
      addTexts(index, texts);
      this.refresh();
    });
  }

  /** The list again, when what it shows has grown (the other language, the texts). */
  refresh() {
    if (this.dialog.open && this.input.value.trim()) this.update(this.lastTyping, true);
  }

  open(query) {
    // The index's download starts first: opening a modal dialog lays out the whole page again (tens of
    // milliseconds on a long one), and the network need not wait for it.
    const ready = this.prepare();
    if (!this.dialog.open) this.dialog.showModal();
    if (typeof query === "string") this.input.value = query;
    this.input.focus();
    this.input.select();
    if (!this.indexes) this.say(this.labels.labelLoading);
    ready.then(() => this.update(false));
  }

  say(message) {
    this.status.textContent = message;
  }

  links() {
    return Array.prototype.slice.call(this.results.querySelectorAll("a"));
  }

  update(typing, again = false) {
    if (!this.indexes) return;
    const query = this.input.value;
    if (query === this.lastQuery && !typing && !again) return;
    this.lastQuery = query;
    this.lastTyping = typing;
    this.results.replaceChildren();
    this.browse.hidden = true;
    if (!query.trim()) {
      this.say(this.labels.labelHint);
      return;
    }
    const shown = presentation(searchAll(this.indexes, this.language, query, { typing }), this.labels, query.trim());
    shown.notes.forEach((note) => this.results.appendChild(this.note(note)));
    shown.groups.forEach((group) => {
      if (!group.heading) {
        this.results.appendChild(this.list(group.results, null));
        return;
      }
      const heading = element("h2", "statement-search__group", group.heading);
      heading.id = group.id;
      this.results.appendChild(heading);
      this.results.appendChild(this.list(group.results, group.id));
    });
    this.browse.hidden = !shown.browse;
    this.say(shown.status);
  }

  /** "Showing results for <em>học bổng</em>": the label's text around its placeholder, the value emphasised. */
  note({ template, placeholder, value }) {
    const paragraph = element("p", "statement-search__note");
    const [before, after = ""] = String(template).split(`{${placeholder}}`);
    paragraph.append(before, element("em", "", value), after);
    return paragraph;
  }

  list(results, labelledBy) {
    const list = element("ol", "statement-search__list");
    if (labelledBy) list.setAttribute("aria-labelledby", labelledBy);
    results.forEach((result) => list.appendChild(this.item(result)));
    return list;
  }

  item(result) {
    const { record } = result;
    // Found in the other language: headed as the reader's own pages head it, the snippet as it was found.
    const heading = this.indexes[this.language].records.get(record.id) || record;
    const item = element("li", "statement-search__item");
    const link = element("a", `statement-search__link statement-search__link--${record.kind}`);
    link.href = this.languageRoot + record.href;
    const title = element("span", "statement-search__title");
    if (heading.label) title.appendChild(element("span", "statement-search__label", heading.label));
    title.appendChild(element("span", "statement-search__topic", heading.title));
    link.appendChild(title);
    if (heading.context) link.appendChild(element("span", "statement-search__context", heading.context));
    const text = element("span", "statement-search__snippet");
    if (result.language !== this.language) {
      text.lang = result.language;
      const badge = element("span", "statement-search__language", this.labels[`labelLanguage${result.language === "vi" ? "Vi" : "En"}`]);
      badge.lang = this.language;
      link.appendChild(badge);
    }
    const index = this.indexes[result.language];
    // No text yet (a large collection's texts still loading): no snippet; the list is redone when they come.
    const pieces = record.text === undefined ? Object.assign([], { firstMark: -1 })
      : snippet(record.text, result.matched, index.analyzer);
    pieces.forEach((piece) => {
      text.appendChild(piece.marked ? element("mark", "", piece.text) : document.createTextNode(piece.text));
    });
    const segment = segmentAt(record, pieces.firstMark);
    if (segment) link.href = `${this.languageRoot}${record.href}.${segment}`;
    link.appendChild(text);
    item.appendChild(link);
    return item;
  }

  onInputKey(event) {
    // Esc closes the dialog at once (a search field would otherwise spend the first Esc clearing itself).
    if (event.key === "Escape") {
      event.preventDefault();
      this.dialog.close();
    }
    if (event.key === "ArrowDown") {
      const first = this.links()[0];
      if (first) { event.preventDefault(); first.focus(); }
    }
  }

  onResultsKey(event) {
    const links = this.links();
    const position = links.indexOf(document.activeElement);
    if (position < 0) return;
    if (event.key === "ArrowDown" && position + 1 < links.length) { event.preventDefault(); links[position + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (position ? links[position - 1] : this.input).focus(); }
  }

  onResultClick(event) {
    const link = event.target.closest && event.target.closest("a");
    if (!link) return;
    const target = new URL(link.href, window.location.href);
    // On the page already: close the dialog and move to the clause (reading-tools marks it on hashchange).
    if (target.pathname === window.location.pathname && target.hash) {
      event.preventDefault();
      this.dialog.close();
      if (window.location.hash === target.hash) {
        const node = document.getElementById(decodeURIComponent(target.hash.slice(1)));
        if (node) node.scrollIntoView();
      } else {
        window.location.hash = target.hash;
      }
    }
  }
}
