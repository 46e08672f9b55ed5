/* Reading tools: reading modes, column swap, copy citation/text, clause highlight, and a language
   switcher that keeps the reader on the same clause. Progressive enhancement: without this script the
   page reads side by side and the controls stay hidden. */
(function () {
  "use strict";

  var STORAGE_KEY = "vn-by-statement.reading";
  var MODES = ["side", "vi", "en", "stacked"];
  var root = document.documentElement;

  function loadPreferences() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "{}");
      return {
        mode: MODES.indexOf(saved.mode) >= 0 ? saved.mode : "side",
        swapped: saved.swapped === true
      };
    } catch (error) {
      return { mode: "side", swapped: false };
    }
  }

  function savePreferences(preferences) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
    } catch (error) {
      /* Private browsing or file:// without storage: the choice lasts for this page only. */
    }
  }

  function applyPreferences(preferences) {
    root.setAttribute("data-reading-mode", preferences.mode);
    root.setAttribute("data-columns-swapped", preferences.swapped ? "true" : "false");
  }

  var preferences = loadPreferences();
  applyPreferences(preferences);

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return key in values ? values[key] : match;
    });
  }

  function announce(tools, message) {
    var status = tools && tools.querySelector("[data-reading-status]");
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function setUpReadingTools(tools) {
    tools.hidden = false;
    var radios = tools.querySelectorAll('input[name="reading-mode"]');
    var swap = tools.querySelector("[data-swap-columns]");
    radios.forEach(function (radio) {
      radio.checked = radio.value === preferences.mode;
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        preferences.mode = radio.value;
        applyPreferences(preferences);
        savePreferences(preferences);
        var label = radio.parentElement.querySelector("span").textContent;
        announce(tools, format(tools.dataset.labelModeAnnouncement, { mode: label }));
      });
    });
    swap.setAttribute("aria-pressed", preferences.swapped ? "true" : "false");
    swap.addEventListener("click", function () {
      preferences.swapped = !preferences.swapped;
      swap.setAttribute("aria-pressed", preferences.swapped ? "true" : "false");
      applyPreferences(preferences);
      savePreferences(preferences);
      announce(tools, preferences.swapped ? tools.dataset.labelSwapped : tools.dataset.labelUnswapped);
    });
  }

  function visibleColumns(clause) {
    var columns = Array.prototype.slice.call(clause.querySelectorAll("[data-column]"));
    var mode = preferences.mode;
    if (mode === "vi" || mode === "en") {
      columns = columns.filter(function (column) { return column.dataset.column === mode; });
    }
    if (preferences.swapped) columns.reverse();
    return columns;
  }

  function clauseText(clause) {
    var heading = clause.querySelector(".clause__heading").textContent.replace(/\s+/g, " ").trim();
    var parts = visibleColumns(clause).map(function (column) {
      var language = column.querySelector(".clause__language").textContent.trim();
      var body = column.querySelector(".clause__body").textContent.replace(/\s+/g, " ").trim();
      return language + ":\n" + body;
    });
    return heading + "\n\n" + parts.join("\n\n");
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = document.execCommand("copy");
      document.body.removeChild(area);
      if (copied) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function setUpClauseTools(tools, labels) {
    tools.hidden = false;
    var clause = tools.closest(".clause");
    var number = clause.dataset.clause;
    tools.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var kind = button.dataset.copy;
        var text = kind === "citation" ? button.dataset.citation : clauseText(clause);
        copy(text).then(function () {
          button.classList.add("is-copied");
          window.setTimeout(function () { button.classList.remove("is-copied"); }, 2000);
          var template = kind === "citation" ? labels.dataset.labelCopiedCitation : labels.dataset.labelCopiedText;
          announce(labels, format(template, { number: number }));
        }, function () {
          announce(labels, labels.dataset.labelCopyFailed);
        });
      });
    });
  }

  function markTarget() {
    document.querySelectorAll(".clause.is-target").forEach(function (clause) {
      clause.classList.remove("is-target");
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var clause = target && target.closest(".clause");
    if (clause) clause.classList.add("is-target");
  }

  function keepClauseWhenSwitchingLanguage() {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + window.location.hash);
    });
  }

  function dismissCardsOnEscape(event) {
    if (event.key !== "Escape") return;
    var active = document.activeElement;
    var chip = active && active.closest && active.closest(".chip");
    if (chip) chip.classList.add("is-dismissed");
  }

  function start() {
    var tools = document.querySelector("[data-reading-tools]");
    if (tools) setUpReadingTools(tools);
    document.querySelectorAll("[data-clause-tools]").forEach(function (clauseTools) {
      setUpClauseTools(clauseTools, tools);
    });
    document.querySelectorAll(".chip").forEach(function (chip) {
      chip.addEventListener("focusout", function () { chip.classList.remove("is-dismissed"); });
      chip.addEventListener("mouseleave", function () { chip.classList.remove("is-dismissed"); });
    });
    document.addEventListener("keydown", dismissCardsOnEscape);
    markTarget();
    keepClauseWhenSwitchingLanguage();
    window.addEventListener("hashchange", function () {
      markTarget();
      keepClauseWhenSwitchingLanguage();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
