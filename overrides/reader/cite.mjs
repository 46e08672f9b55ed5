// The "Cite" dialog (issue 18). Any element with data-cite="statement" | "13" | "13.2" (and optionally
// data-cite-document) opens the page's one <dialog data-cite-dialog>, filled from the document's data script
// in the page's language (statement_core/citations/dialog_data.py), loaded on first use: a <script>, not
// fetch(), so it works from file:// in the offline bundle too; the script registers its data in
// window.statementCitations["<language>/<document id>"]. One script per document: a page of one document
// loads that document's references only.
// The texts are rendered at build time by citeproc-py; nothing here formats a reference. showModal() keeps
// focus inside and Esc closes; focus goes back to the opener.
import { namedSegment } from "./shared/address.mjs";
import { copy } from "./shared/clipboard.mjs";
import { closeOnBackdropClick } from "./shared/controls.mjs";
import { label } from "./shared/labels.mjs";

class CiteDialog {
  constructor(dialog) {
    this.dialog = dialog;
    this.language = dialog.dataset.citeLanguage;
    this.status = dialog.querySelector("[data-cite-status]");
    this.loading = new Map(); // document id → its data, loading or loaded
    this.opener = null;
  }

  loadData(documentId) {
    if (this.loading.has(documentId)) return this.loading.get(documentId);
    const key = `${this.language}/${documentId}`;
    const loading = new Promise((resolve, reject) => {
      const store = window.statementCitations;
      if (store && store[key]) {
        resolve(store[key]);
        return;
      }
      const folder = this.dialog.dataset.citeScripts;
      const script = document.createElement("script");
      script.src = `${folder}${folder.endsWith("/") ? "" : "/"}${encodeURIComponent(documentId)}.js`;
      script.onload = () => {
        const loaded = window.statementCitations && window.statementCitations[key];
        if (loaded) resolve(loaded);
        else reject(new Error("no citation data"));
      };
      script.onerror = () => reject(new Error("citation data not loaded"));
      document.head.appendChild(script);
    });
    this.loading.set(documentId, loading);
    loading.catch(() => { this.loading.delete(documentId); }); // try again on the next opening
    return loading;
  }

  say(message) {
    this.status.textContent = "";
    window.setTimeout(() => { this.status.textContent = message; }, 50);
  }

  fill(entry) {
    const { dialog } = this;
    dialog.querySelector("[data-cite-subject]").textContent = entry.subject;
    dialog.querySelectorAll("[data-cite-style]").forEach((section) => {
      const id = section.dataset.citeStyle;
      section.querySelector("[data-cite-text]").textContent = id === "short" ? entry.short : entry.references[id];
    });
    dialog.querySelector("[data-cite-loading]").hidden = true;
    dialog.querySelector("[data-cite-styles]").hidden = false;
  }

  showFailure() {
    const message = this.dialog.querySelector("[data-cite-loading]");
    message.textContent = label(this.dialog, "load-failed");
    message.hidden = false;
  }

  /* A clause of several segments: buttons to cite the whole clause or one of its segments. */
  showParts(entries, key) {
    const parts = this.dialog.querySelector("[data-cite-parts]");
    const clause = key.split(".")[0];
    const keys = /^\d+(\.\d+)?$/.test(key) ? Object.keys(entries).filter((other) => other.indexOf(`${clause}.`) === 0) : [];
    parts.replaceChildren();
    parts.hidden = !keys.length;
    [clause].concat(keys).forEach((partKey) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cite-dialog__part";
      button.dataset.citePart = partKey;
      button.textContent = partKey === clause ? label(parts, "whole", { clause }) : entries[partKey].locator;
      button.setAttribute("aria-pressed", partKey === key ? "true" : "false");
      button.addEventListener("click", () => {
        this.fill(entries[partKey]);
        parts.querySelectorAll("[data-cite-part]").forEach((other) => {
          other.setAttribute("aria-pressed", other === button ? "true" : "false");
        });
      });
      parts.appendChild(button);
    });
  }

  open(key, documentId, from) {
    const { dialog } = this;
    this.opener = from || document.activeElement;
    dialog.querySelector("[data-cite-styles]").hidden = true;
    dialog.querySelector("[data-cite-loading]").hidden = false;
    dialog.querySelector("[data-cite-subject]").textContent = "";
    if (!dialog.open) dialog.showModal();
    return this.loadData(documentId || dialog.dataset.citeDocument).then((data) => {
      const entries = data || {};
      const chosen = entries[chosenPart(key)] ? chosenPart(key) : key;
      const entry = entries[chosen];
      if (!entry) throw new Error(`nothing to cite under ${key}`);
      this.showParts(entries, chosen);
      this.fill(entry);
    }).catch(() => this.showFailure());
  }

  copyStyle(button) {
    const { dialog } = this;
    const section = button.closest("[data-cite-style]");
    const title = section.querySelector(".cite-dialog__style-title").textContent;
    copy(section.querySelector("[data-cite-text]").textContent, dialog).then(() => {
      dialog.querySelectorAll(".cite-dialog__copy.is-copied").forEach((other) => other.classList.remove("is-copied"));
      button.classList.add("is-copied");
      button.setAttribute("data-copied-label", label(dialog, "copied"));
      window.setTimeout(() => button.classList.remove("is-copied"), 2500);
      this.say(label(dialog, "announcement", { style: title }));
    }, () => this.say(label(dialog, "failed")));
  }

  closed() {
    this.status.textContent = "";
    const { opener } = this;
    if (opener && document.contains(opener) && typeof opener.focus === "function") opener.focus();
    this.opener = null;
  }
}

/* Opened for a clause while the address names one of its segments (#clause-13.2): that segment. */
function chosenPart(key) {
  const named = namedSegment();
  return named && named.closest(`[data-clause="${key}"]`) ? named.dataset.segment : key;
}

export function start() {
  const element = document.querySelector("dialog[data-cite-dialog]");
  if (!element || typeof element.showModal !== "function") return;
  const dialog = new CiteDialog(element);
  document.addEventListener("click", (event) => {
    const trigger = event.target.closest && event.target.closest("[data-cite]");
    if (trigger && !element.contains(trigger)) {
      event.preventDefault();
      dialog.open(trigger.dataset.cite, trigger.dataset.citeDocument, trigger);
      return;
    }
    const copyButton = event.target.closest && event.target.closest("[data-cite-copy]");
    if (copyButton && element.contains(copyButton)) dialog.copyStyle(copyButton);
  });
  closeOnBackdropClick(element);
  element.addEventListener("close", () => dialog.closed());
  document.querySelectorAll("[data-cite][hidden]").forEach((button) => { button.hidden = false; });
}
