/* The "Cite" dialog (issue 18). Any element with data-cite="statement" | "13" | "13.2" (and optionally
   data-cite-document) opens the page's one <dialog data-cite-dialog>, filled from the language's data script
   (statement_core/citations/dialog_data.py), loaded on first use: a <script>, not fetch(), so it works from
   file:// in the offline bundle too. The texts are rendered at build time by citeproc-py; nothing here
   formats a reference. showModal() keeps focus inside and Esc closes; focus goes back to the opener.
   window.statementCite.short(key) gives the short form (for a keyboard shortcut that copies it). Copies
   through reading-tools.js (window.statementReader.copy), which every page loads. */
(function () {
  "use strict";

  var dialog = document.querySelector("dialog[data-cite-dialog]");
  if (!dialog || typeof dialog.showModal !== "function") return;
  var language = dialog.dataset.citeLanguage;
  var loading = null;
  var opener = null;
  var status = dialog.querySelector("[data-cite-status]");

  function loadData() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var store = window.statementCitations;
      if (store && store[language]) { resolve(store[language]); return; }
      var script = document.createElement("script");
      script.src = dialog.dataset.citeScript;
      script.onload = function () {
        var loaded = window.statementCitations && window.statementCitations[language];
        if (loaded) { resolve(loaded); } else { reject(new Error("no citation data")); }
      };
      script.onerror = function () { reject(new Error("citation data not loaded")); };
      document.head.appendChild(script);
    });
    loading.catch(function () { loading = null; });  /* try again on the next opening */
    return loading;
  }

  function entryFor(data, documentId, key) {
    var entries = data[documentId || dialog.dataset.citeDocument];
    return entries && entries[key];
  }

  function announce(message) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function fill(entry) {
    dialog.querySelector("[data-cite-subject]").textContent = entry.subject;
    dialog.querySelectorAll("[data-cite-style]").forEach(function (section) {
      var id = section.dataset.citeStyle;
      section.querySelector("[data-cite-text]").textContent = id === "short" ? entry.short : entry.references[id];
    });
    dialog.querySelector("[data-cite-loading]").hidden = true;
    dialog.querySelector("[data-cite-styles]").hidden = false;
  }

  function showFailure() {
    var message = dialog.querySelector("[data-cite-loading]");
    message.textContent = dialog.dataset.labelLoadFailed;
    message.hidden = false;
  }

  /* A clause of several segments: buttons to cite the whole clause or one of its segments. */
  function showParts(entries, key, documentId) {
    var parts = dialog.querySelector("[data-cite-parts]");
    var clause = key.split(".")[0];
    var keys = /^\d+(\.\d+)?$/.test(key) ? Object.keys(entries).filter(function (other) {
      return other.indexOf(clause + ".") === 0;
    }) : [];
    parts.replaceChildren();
    parts.hidden = !keys.length;
    [clause].concat(keys).forEach(function (partKey) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cite-dialog__part";
      button.dataset.citePart = partKey;
      button.textContent = partKey === clause ? parts.dataset.labelWhole.replace("{clause}", clause)
        : partKey.replace(/^(\d+)\.(\d+)$/, "$1($2)");
      button.setAttribute("aria-pressed", partKey === key ? "true" : "false");
      button.addEventListener("click", function () {
        fill(entries[partKey]);
        parts.querySelectorAll("[data-cite-part]").forEach(function (other) {
          other.setAttribute("aria-pressed", other === button ? "true" : "false");
        });
      });
      parts.appendChild(button);
    });
  }

  /* Opened for a clause while the address names one of its segments (#clause-13.2): that segment. */
  function chosenPart(key) {
    var target = window.location.hash.match(/^#clause-(\d+)\.(\d+)$/);
    return target && target[1] === key ? target[1] + "." + target[2] : key;
  }

  function open(key, documentId, from) {
    opener = from || document.activeElement;
    dialog.querySelector("[data-cite-styles]").hidden = true;
    dialog.querySelector("[data-cite-loading]").hidden = false;
    dialog.querySelector("[data-cite-subject]").textContent = "";
    if (!dialog.open) dialog.showModal();
    return loadData().then(function (data) {
      var entries = data[documentId || dialog.dataset.citeDocument] || {};
      var chosen = entries[chosenPart(key)] ? chosenPart(key) : key;
      var entry = entries[chosen];
      if (!entry) throw new Error("nothing to cite under " + key);
      showParts(entries, chosen, documentId);
      fill(entry);
    }).catch(showFailure);
  }

  function copyStyle(button) {
    var section = button.closest("[data-cite-style]");
    var title = section.querySelector(".cite-dialog__style-title").textContent;
    var text = section.querySelector("[data-cite-text]").textContent;
    window.statementReader.copy(text, dialog).then(function () {
      dialog.querySelectorAll(".cite-dialog__copy.is-copied").forEach(function (other) {
        other.classList.remove("is-copied");
      });
      button.classList.add("is-copied");
      button.setAttribute("data-copied-label", dialog.dataset.labelCopied);
      window.setTimeout(function () { button.classList.remove("is-copied"); }, 2500);
      announce(dialog.dataset.labelAnnouncement.replace("{style}", title));
    }, function () {
      announce(dialog.dataset.labelFailed);
    });
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest && event.target.closest("[data-cite]");
    if (trigger && !dialog.contains(trigger)) {
      event.preventDefault();
      open(trigger.dataset.cite, trigger.dataset.citeDocument, trigger);
      return;
    }
    var copyButton = event.target.closest && event.target.closest("[data-cite-copy]");
    if (copyButton && dialog.contains(copyButton)) copyStyle(copyButton);
  });

  /* A click on the backdrop (outside the dialog's box) closes it, as on most sites. */
  dialog.addEventListener("click", function (event) {
    if (event.target !== dialog) return;
    var box = dialog.getBoundingClientRect();
    var inside = event.clientX >= box.left && event.clientX <= box.right &&
                 event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });

  dialog.addEventListener("close", function () {
    status.textContent = "";
    if (opener && document.contains(opener) && typeof opener.focus === "function") opener.focus();
    opener = null;
  });

  document.querySelectorAll("[data-cite][hidden]").forEach(function (button) { button.hidden = false; });

  window.statementCite = {
    open: function (key, documentId) { return open(String(key), documentId, document.activeElement); },
    short: function (key, documentId) {
      return loadData().then(function (data) {
        var entry = entryFor(data, documentId, String(key));
        return entry ? entry.short : null;
      });
    }
  };
})();
