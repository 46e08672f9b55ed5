/* Each clause's actions: copy its citation, copy its text in the languages on screen. On wide screens they
   sit beside the heading; on phones one toggle (a disclosure button) shows them below it. Needs
   reading-tools.js (window.statementReader) loaded first. */
(function () {
  "use strict";

  var reader = window.statementReader;

  function visibleColumns(clause) {
    var preferences = reader.preferences();
    var columns = Array.prototype.slice.call(clause.querySelectorAll("[data-column]"));
    if (preferences.mode === "vi" || preferences.mode === "en") {
      columns = columns.filter(function (column) { return column.dataset.column === preferences.mode; });
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

  function setUpCopyButtons(tools, clause) {
    var labels = reader.labels();
    tools.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var kind = button.dataset.copy;
        var text = kind === "citation" ? button.dataset.citation : clauseText(clause);
        reader.copy(text).then(function () {
          button.classList.add("is-copied");
          window.setTimeout(function () { button.classList.remove("is-copied"); }, 2000);
          var template = kind === "citation" ? labels.labelCopiedCitation : labels.labelCopiedText;
          reader.announce(reader.format(template, { number: clause.dataset.clause }));
        }, function () {
          reader.announce(labels.labelCopyFailed);
        });
      });
    });
  }

  /* The phone toggle: Escape folds the actions again and gives focus back to it. */
  function setUpActionsToggle(tools) {
    var toggle = tools.querySelector("[data-clause-actions-toggle]");
    if (!toggle) return;
    toggle.addEventListener("click", function () { reader.toggleExpanded(toggle); });
    tools.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
      toggle.setAttribute("aria-expanded", "false");
      if (toggle.offsetParent !== null) toggle.focus();
    });
  }

  document.querySelectorAll("[data-clause-tools]").forEach(function (tools) {
    tools.hidden = false;
    setUpCopyButtons(tools, tools.closest(".clause"));
    setUpActionsToggle(tools);
  });
})();
