/* Reading without a network: registers the site's service worker (sw.js, generated at build time with
   Workbox) and tells the reader what the browser has saved. Progressive enhancement: without service
   workers (file://, no JavaScript, old browsers) nothing here shows and the site is a plain web site.

   Updates follow workbox-window's waiting / skip-waiting recipe: a newer build installs in the
   background and waits; the reader is told and chooses when to reload into it. Never a swap mid-reading,
   never pages of two builds in one tab. Wording comes from the page (data-label-*), in its language. */
(function () {
  "use strict";

  var status = document.querySelector("[data-offline]");
  if (!status || !window.workbox || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) {
    return;
  }

  var HOUR = 60 * 60 * 1000;
  var labels = status.dataset;
  var language = document.documentElement.lang || "vi";
  var line = status.querySelector("[data-offline-status]");
  var panelStatus = document.querySelector("[data-offline-panel-status]");
  var keepPdfs = document.querySelector("[data-offline-keep-pdfs]");
  var pdfStatus = document.querySelector("[data-offline-pdf-status]");
  var notice = document.querySelector("[data-offline-update]");
  var noticeText = notice.querySelector("[data-offline-update-text]");
  var wb = new window.workbox.Workbox(status.dataset.worker);
  var registration = null;
  var offered = false;
  var acceptedHere = false;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return key in values ? values[key] : match;
    });
  }

  /* Decimal units, as the downloads page writes sizes: "3,2 MB" in Vietnamese, "3.2 MB" in English. */
  function size(bytes) {
    var units = ["B", "KB", "MB", "GB"];
    var value = bytes;
    var unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit += 1;
    }
    var digits = unit < 2 || value >= 100 ? 0 : 1;
    var number = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return number.format(value) + "\u00a0" + units[unit]; /* never "3,4" at the end of a line, "MB" on the next */
  }

  function dateOf(copy) {
    return (copy.dates && copy.dates[language]) || copy.version;
  }

  function ask(worker, type) {
    return window.workbox.messageSW(worker, { type: type });
  }

  /* The state is also an attribute (data-state: saving, saved, failed), for styles and tests. */
  function show(state, text) {
    status.hidden = false;
    status.dataset.state = state;
    line.textContent = text;
    if (panelStatus) panelStatus.textContent = text;
  }

  function showPdfs(copy, afterRequest) {
    if (!keepPdfs || !copy.pdfs.count) return;
    var all = copy.pdfs.kept >= copy.pdfs.count;
    keepPdfs.hidden = all;
    keepPdfs.disabled = false;
    if (all) {
      pdfStatus.textContent = format(labels.labelPdfsSaved, { count: copy.pdfs.count, size: size(copy.pdfs.bytes) });
    } else if (afterRequest) {
      pdfStatus.textContent = labels.labelPdfsFailed;
    }
  }

  function showSaved(copy) {
    show("saved", format(labels.labelSaved, { size: size(copy.bytes), date: dateOf(copy) }));
    showPdfs(copy, false);
  }

  function activeWorker() {
    return navigator.serviceWorker.controller || (registration && registration.active);
  }

  function showNotice(date) {
    notice.hidden = false;
    noticeText.textContent = "";
    window.setTimeout(function () { noticeText.textContent = format(labels.labelUpdate, { date: date }); }, 50);
  }

  /* A newer build has installed completely and waits while an older one serves the pages. */
  function offerUpdate() {
    var waiting = registration && registration.waiting;
    if (offered || !waiting || !registration.active) return;
    offered = true;
    if ("acceptUpdatesAtOnce" in status.dataset) {
      accept(); /* `make serve`: the preview shows every rebuild at once */
      return;
    }
    ask(waiting, "SAVED_COPY").then(dateOf, function () { return ""; }).then(showNotice);
  }

  function accept() {
    acceptedHere = true;
    wb.messageSkipWaiting(); /* the worker activates; "controlling" below then reloads the page */
  }

  /* workbox-window reports an update found before it registered only once it waits: watch it directly. */
  function watchInstalling(worker) {
    if (!worker) return;
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed") offerUpdate();
    });
  }

  notice.querySelector("[data-offline-reload]").addEventListener("click", function () {
    if (registration && registration.waiting) {
      accept();
    } else {
      window.location.reload(); /* the reader accepted it in another tab: this one still shows the old build */
    }
  });
  notice.querySelector("[data-offline-later]").addEventListener("click", function () {
    notice.hidden = true;
  });

  if (keepPdfs) {
    keepPdfs.addEventListener("click", function () {
      var worker = activeWorker();
      if (!worker) return;
      keepPdfs.disabled = true;
      pdfStatus.textContent = labels.labelPdfsSaving;
      ask(worker, "KEEP_PDFS").then(function (copy) { showPdfs(copy, true); }, function () {
        keepPdfs.disabled = false;
        pdfStatus.textContent = labels.labelPdfsFailed;
      });
    });
  }

  wb.addEventListener("waiting", offerUpdate);
  wb.addEventListener("controlling", function (event) {
    if (acceptedHere) {
      window.location.reload();
    } else if (event.isUpdate) {
      /* Another tab switched to the newer build: this page is still the old one. */
      ask(navigator.serviceWorker.controller, "SAVED_COPY").then(dateOf, function () { return ""; }).then(showNotice);
    }
  });

  /* The worker that serves this site once the first install is complete (on this page or one opened while
     it was still saving); rejected if the install fails (no network, no storage). */
  function whenActive(registered) {
    var worker = registered.active || registered.installing || registered.waiting;
    if (!worker || worker.state === "activated") return Promise.resolve(worker || wb.active);
    return new Promise(function (resolve, reject) {
      worker.addEventListener("statechange", function () {
        if (worker.state === "activated") resolve(worker);
        if (worker.state === "redundant") reject(new Error("the site could not be saved"));
      });
    });
  }

  if (!navigator.serviceWorker.controller) show("saving", labels.labelSaving);
  wb.register().then(function (registered) {
    registration = registered;
    watchInstalling(registered.installing);
    registered.addEventListener("updatefound", function () { watchInstalling(registered.installing); });
    offerUpdate();
    /* A reader who keeps the tab open for days still hears of a new build. */
    window.setInterval(function () { wb.update().catch(function () {}); }, HOUR);
    return whenActive(registered);
  }).then(function (worker) {
    return ask(worker, "SAVED_COPY");
  }).then(showSaved, function () {
    show("failed", labels.labelFailed);
  });
})();
