/* Keyboard shortcuts on the reading pages. Which key runs which action is read from the `?` dialog
   (rendered from statement_core/site/shortcuts.py); the actions press the page's own controls, so a shortcut
   does exactly what the control does and is announced the same way. Never while typing, composing (IME) or
   with Ctrl/Alt/Meta held, and not while a modal dialog is open. Listens in the capture phase on window and
   stops the keys it handles, so the theme's own listener (Material binds `s` to its search) never sees them;
   every other key, `/` and the theme's `p`/`n` included, passes through untouched. */
(function () {
  "use strict";

  var reader = window.statementReader;
  var help = document.querySelector("[data-shortcuts]");
  if (!reader || !help) return;

  var statement = document.querySelector("[data-statement-page]");
  var bindings = {};
  help.querySelectorAll("[data-shortcut-action]").forEach(function (row) {
    bindings[row.querySelector("kbd").textContent] = row.dataset.shortcutAction;
  });
  var messages = help.dataset;

  /* Buttons, radios and checkboxes take no text: on them the shortcuts still work (e.g. after choosing a mode). */
  var KEYLESS_INPUTS = /^(button|checkbox|radio|range|reset|submit|image|hidden|color|file)$/i;

  function isTyping(target) {
    if (!target || !target.closest) return false;
    if (target.isContentEditable || target.closest("textarea, select, [contenteditable]") !== null) return true;
    return target.tagName === "INPUT" && !KEYLESS_INPUTS.test(target.type);
  }

  function clauses() {
    return Array.prototype.slice.call(document.querySelectorAll(".clause"));
  }

  /* Where reading happens: below the sticky header, within the first quarter of the screen. */
  function readingBand() {
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    return { top: top, bottom: top + window.innerHeight / 4 };
  }

  function focusedClause() {
    var active = document.activeElement;
    return active && active.closest ? active.closest(".clause") : null;
  }

  /* The clause with focus, else the first one that reaches into the reading band. */
  function currentClause() {
    var band = readingBand();
    return focusedClause() || clauses().filter(function (clause) {
      return clause.getBoundingClientRect().bottom > band.bottom;
    })[0] || null;
  }

  /* The clause `j` (step 1) or `k` (step -1) goes to. From a focused clause, its neighbour. Otherwise from
     the current clause: if its heading is still below the band, `j` goes to it; if its heading has
     scrolled away above, `k` goes back to it. */
  function neighbour(step) {
    var all = clauses();
    var current = currentClause();
    if (!current) return step > 0 ? null : all[all.length - 1] || null;
    if (!focusedClause()) {
      var band = readingBand();
      var top = current.getBoundingClientRect().top;
      if ((step > 0 && top > band.bottom) || (step < 0 && top < band.top - 2)) return current;
    }
    return all[all.indexOf(current) + step] || null;
  }

  function goToClause(step) {
    var clause = neighbour(step);
    if (!clause) {
      reader.announce(step > 0 ? messages.labelLastClause : messages.labelFirstClause);
      return;
    }
    var heading = clause.querySelector(".clause__heading");
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
    window.history.replaceState(window.history.state, "", "#" + heading.id);
    reader.targetChanged();
  }

  function goToChapter(href, boundaryMessage) {
    if (href) {
      window.location.href = new URL(href, window.location.href).href;
    } else {
      reader.announce(boundaryMessage);
    }
  }

  function nextMode() {
    var radios = Array.prototype.slice.call(document.querySelectorAll('input[name="reading-mode"]'));
    var checked = radios.filter(function (radio) { return radio.checked; })[0];
    var next = radios[(radios.indexOf(checked) + 1) % radios.length];
    next.checked = true;
    next.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function copyCitation() {
    var clause = currentClause();
    var button = clause && clause.querySelector('[data-copy="citation"]');
    if (button) button.click();
  }

  function showShortcuts() {
    if (!help.open) help.showModal();
  }

  var actions = {
    "next-clause": function () { goToClause(1); },
    "previous-clause": function () { goToClause(-1); },
    "next-chapter": function () { goToChapter(statement.dataset.nextChapter, messages.labelLastChapter); },
    "previous-chapter": function () { goToChapter(statement.dataset.previousChapter, messages.labelFirstChapter); },
    "swap-columns": function () { document.querySelector("[data-swap-columns]").click(); },
    "next-mode": nextMode,
    "copy-citation": copyCitation,
    "show-shortcuts": showShortcuts
  };

  window.addEventListener("keydown", function (event) {
    var action = actions[bindings[event.key]];
    if (!action || event.ctrlKey || event.altKey || event.metaKey || event.isComposing || event.defaultPrevented) return;
    if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }, true);

  document.querySelectorAll("[data-shortcuts-open]").forEach(function (button) {
    button.addEventListener("click", showShortcuts);
  });
  /* A click on the backdrop (outside the dialog's box) closes it, as Escape does. */
  help.addEventListener("click", function (event) {
    var box = help.getBoundingClientRect();
    var inside = event.clientX >= box.left && event.clientX <= box.right &&
                 event.clientY >= box.top && event.clientY <= box.bottom;
    if (event.target === help && !inside) help.close();
  });
})();
