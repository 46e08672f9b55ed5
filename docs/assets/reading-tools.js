/* Reading tools: reading modes, column swap, the clause highlight, and a language switcher that keeps the
   reader on the same clause. Progressive enhancement: without this script the page reads side by side and
   the controls stay hidden. clause-tools.js and keyboard-shortcuts.js use what `window.statementReader`
   offers (the polite live region, the highlight), so every change is announced and drawn the same way. */
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

  var statusTimer = 0;

  /* The live region doubles as a short notice on screen (a toast on phones, where the tools are far away). */
  function announce(message) {
    var status = document.querySelector("[data-reading-status]");
    if (!status) return;
    status.textContent = "";
    status.classList.remove("is-shown");
    window.clearTimeout(statusTimer);
    window.setTimeout(function () {
      status.textContent = message;
      status.classList.add("is-shown");
      statusTimer = window.setTimeout(function () { status.classList.remove("is-shown"); }, 4000);
    }, 50);
  }

  /* The clipboard API where the page may use it (https, localhost), else a selected hidden field. Inside a
     modal dialog the field goes into the dialog (`container`): the page behind it is inert. */
  function copy(text, container) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyBySelection(text, container); });
    }
    return copyBySelection(text, container);
  }

  function copyBySelection(text, container) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      (container || document.body).appendChild(area);
      area.select();
      var copied = document.execCommand("copy");
      area.remove();
      if (copied) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function toggleExpanded(button) {
    button.setAttribute("aria-expanded", button.getAttribute("aria-expanded") === "true" ? "false" : "true");
  }

  function setUpReadingTools(tools) {
    tools.hidden = false;
    var radios = tools.querySelectorAll('input[name="reading-mode"]');
    var swap = tools.querySelector("[data-swap-columns]");
    var modesToggle = tools.querySelector("[data-reading-modes-toggle]");
    modesToggle.addEventListener("click", function () { toggleExpanded(modesToggle); });
    radios.forEach(function (radio) {
      radio.checked = radio.value === preferences.mode;
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        preferences.mode = radio.value;
        applyPreferences(preferences);
        savePreferences(preferences);
        var label = radio.parentElement.querySelector("span").textContent;
        announce(format(tools.dataset.labelModeAnnouncement, { mode: label }));
      });
    });
    swap.setAttribute("aria-pressed", preferences.swapped ? "true" : "false");
    swap.addEventListener("click", function () {
      preferences.swapped = !preferences.swapped;
      swap.setAttribute("aria-pressed", preferences.swapped ? "true" : "false");
      applyPreferences(preferences);
      savePreferences(preferences);
      announce(preferences.swapped ? tools.dataset.labelSwapped : tools.dataset.labelUnswapped);
    });
  }

  /* The clause the address names, and both halves of a segment it names (#clause-13.2). */
  function markTarget() {
    document.querySelectorAll(".clause.is-target, .segment.is-target-segment").forEach(function (marked) {
      marked.classList.remove("is-target", "is-target-segment");
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var clause = target && target.closest(".clause");
    if (!clause) return;
    clause.classList.add("is-target");
    if (target.matches("[data-segment]")) {
      clause.querySelectorAll('[data-segment="' + target.dataset.segment + '"]').forEach(function (half) {
        half.classList.add("is-target-segment");
      });
    }
  }

  function keepClauseWhenSwitchingLanguage() {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + window.location.hash);
    });
  }

  /* The address now names another clause (a link, or a shortcut that replaced it without a hashchange). */
  function targetChanged() {
    markTarget();
    keepClauseWhenSwitchingLanguage();
  }

  function dismissCardsOnEscape(event) {
    if (event.key !== "Escape") return;
    var active = document.activeElement;
    var chip = active && active.closest && active.closest(".chip");
    if (chip) chip.classList.add("is-dismissed");
  }

  window.statementReader = {
    announce: announce,
    copy: copy,
    format: format,
    labels: function () {
      var tools = document.querySelector("[data-reading-tools]");
      return tools ? tools.dataset : {};
    },
    preferences: function () { return { mode: preferences.mode, swapped: preferences.swapped }; },
    targetChanged: targetChanged,
    toggleExpanded: toggleExpanded
  };

  function start() {
    var tools = document.querySelector("[data-reading-tools]");
    if (tools) setUpReadingTools(tools);
    document.querySelectorAll(".chip").forEach(function (chip) {
      chip.addEventListener("focusout", function () { chip.classList.remove("is-dismissed"); });
      chip.addEventListener("mouseleave", function () { chip.classList.remove("is-dismissed"); });
    });
    document.addEventListener("keydown", dismissCardsOnEscape);
    targetChanged();
    window.addEventListener("hashchange", targetChanged);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
