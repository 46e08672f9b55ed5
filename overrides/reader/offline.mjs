// Reading without a network: registers the site's service worker (sw.js, generated at build time with
// Workbox) and tells the reader what the browser has saved. Progressive enhancement: without service
// workers (no JavaScript, old browsers) nothing here shows and the site is a plain web site; the offline
// bundle (file://, where browsers run no service worker) does not load this script at all.
//
// Updates follow workbox-window's waiting / skip-waiting recipe: a newer build installs in the
// background and waits; the reader is told and chooses when to reload into it. Never a swap mid-reading,
// never pages of two builds in one tab. Wording comes from the page (data-label-*), in its language.
import { Workbox, messageSW } from "workbox-window";
import { label } from "./shared/labels.mjs";

const HOUR = 60 * 60 * 1000;

/* Decimal units, as the downloads page writes sizes: "3,2 MB" in Vietnamese, "3.2 MB" in English. */
function size(bytes, language) {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit < 2 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${number.format(value)}\u00a0${units[unit]}`; // never "3,4" at the end of a line, "MB" on the next
}

/* The worker that serves this site once the first install is complete (on this page or one opened while
   it was still saving); rejected if the install fails (no network, no storage). */
function whenActive(registered, wb) {
  const worker = registered.active || registered.installing || registered.waiting;
  if (!worker || worker.state === "activated") return Promise.resolve(worker || wb.active);
  return new Promise((resolve, reject) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve(worker);
      if (worker.state === "redundant") reject(new Error("the site could not be saved"));
    });
  });
}

export function start() {
  const status = document.querySelector("[data-offline]");
  if (!status || !("serviceWorker" in navigator) || !/^https?:$/.test(window.location.protocol)) return;

  const language = document.documentElement.lang || "vi";
  const line = status.querySelector("[data-offline-status]");
  const panelStatus = document.querySelector("[data-offline-panel-status]");
  const keepPdfs = document.querySelector("[data-offline-keep-pdfs]");
  const pdfStatus = document.querySelector("[data-offline-pdf-status]");
  const notice = document.querySelector("[data-offline-update]");
  const noticeText = notice.querySelector("[data-offline-update-text]");
  const wb = new Workbox(status.dataset.worker);
  let registration = null;
  let offered = false;
  let acceptedHere = false;

  const dateOf = (copy) => (copy.dates && copy.dates[language]) || copy.version;
  const ask = (worker, type) => messageSW(worker, { type });

  /* The state is also an attribute (data-state: saving, saved, failed), for styles and tests. */
  function show(state, text) {
    status.hidden = false;
    status.dataset.state = state;
    line.textContent = text;
    if (panelStatus) panelStatus.textContent = text;
  }

  function showPdfs(copy, afterRequest) {
    if (!keepPdfs || !copy.pdfs.count) return;
    const all = copy.pdfs.kept >= copy.pdfs.count;
    keepPdfs.hidden = all;
    keepPdfs.disabled = false;
    if (all) pdfStatus.textContent = label(status, "pdfs-saved", { count: copy.pdfs.count, size: size(copy.pdfs.bytes, language) });
    else if (afterRequest) pdfStatus.textContent = label(status, "pdfs-failed");
  }

  function showSaved(copy) {
    show("saved", label(status, "saved", { size: size(copy.bytes, language), date: dateOf(copy) }));
    showPdfs(copy, false);
  }

  function activeWorker() {
    return navigator.serviceWorker.controller || (registration && registration.active);
  }

  function showNotice(date) {
    notice.hidden = false;
    noticeText.textContent = "";
    window.setTimeout(() => { noticeText.textContent = label(status, "update", { date }); }, 50);
  }

  function accept() {
    acceptedHere = true;
    wb.messageSkipWaiting(); // the worker activates; "controlling" below then reloads the page
  }

  /* A newer build has installed completely and waits while an older one serves the pages. */
  function offerUpdate() {
    const waiting = registration && registration.waiting;
    if (offered || !waiting || !registration.active) return;
    offered = true;
    if ("acceptUpdatesAtOnce" in status.dataset) {
      accept(); // `make serve`: the preview shows every rebuild at once
      return;
    }
    ask(waiting, "SAVED_COPY").then(dateOf, () => "").then(showNotice);
  }

  /* workbox-window reports an update found before it registered only once it waits: watch it directly. */
  function watchInstalling(worker) {
    if (!worker) return;
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed") offerUpdate();
    });
  }

  notice.querySelector("[data-offline-reload]").addEventListener("click", () => {
    if (registration && registration.waiting) accept();
    else window.location.reload(); // the reader accepted it in another tab: this one still shows the old build
  });
  notice.querySelector("[data-offline-later]").addEventListener("click", () => { notice.hidden = true; });

  if (keepPdfs) {
    keepPdfs.addEventListener("click", () => {
      const worker = activeWorker();
      if (!worker) return;
      keepPdfs.disabled = true;
      pdfStatus.textContent = label(status, "pdfs-saving");
      ask(worker, "KEEP_PDFS").then((copy) => showPdfs(copy, true), () => {
        keepPdfs.disabled = false;
        pdfStatus.textContent = label(status, "pdfs-failed");
      });
    });
  }

  wb.addEventListener("waiting", offerUpdate);
  wb.addEventListener("controlling", (event) => {
    if (acceptedHere) {
      window.location.reload();
    } else if (event.isUpdate) {
      // Another tab switched to the newer build: this page is still the old one.
      ask(navigator.serviceWorker.controller, "SAVED_COPY").then(dateOf, () => "").then(showNotice);
    }
  });

  if (!navigator.serviceWorker.controller) show("saving", label(status, "saving"));
  wb.register().then((registered) => {
    registration = registered;
    watchInstalling(registered.installing);
    registered.addEventListener("updatefound", () => watchInstalling(registered.installing));
    offerUpdate();
    // A reader who keeps the tab open for days still hears of a new build.
    window.setInterval(() => wb.update().catch(() => {}), HOUR);
    return whenActive(registered, wb);
  }).then((worker) => ask(worker, "SAVED_COPY")).then(showSaved, () => show("failed", label(status, "failed")));
}
