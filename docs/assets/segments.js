/* Aligned segments (issue 17): segment N.M of one column translates segment N.M of the other.
   - Pointing at a segment or focusing it marks it and its counterpart (in every mode that shows both).
   - Keyboard: one tab stop per clause (roving focus); arrow keys, Home and End move between its segments
     in reading order; Enter or Space "asks" for the counterpart: it is announced, and shown in a small
     popover when its column is not on screen (single-language modes, or scrolled away on a phone). A click
     does the same when the counterpart's column is hidden.
   (An address #clause-N.M marks both halves of that segment: reading-tools.js, with the clause it names.)
   Needs reading-tools.js (window.statementReader) loaded first. */
(function () {
  "use strict";

  var reader = window.statementReader;
  var popover = document.querySelector("[data-segment-popover]");
  var hint = document.querySelector("[data-segment-hint]");
  var clauses = Array.prototype.slice.call(document.querySelectorAll(".clause"));
  if (!clauses.length || !reader) return;

  function halves(clause, id) {
    return clause ? Array.prototype.slice.call(clause.querySelectorAll('[data-segment="' + id + '"]')) : [];
  }

  function shown(element) {
    return element.offsetParent !== null;
  }

  function counterpart(segment) {
    var clause = segment.closest(".clause");
    return halves(clause, segment.dataset.segment).filter(function (half) { return half !== segment; })[0] || null;
  }

  function mark(segment, className, on) {
    halves(segment.closest(".clause"), segment.dataset.segment).forEach(function (half) {
      half.classList.toggle(className, on);
    });
  }

  /* The segments a keyboard moves through, in reading order: the visible columns as laid out. */
  function readingOrder(clause) {
    var columns = Array.prototype.slice.call(clause.querySelectorAll("[data-column]")).filter(shown);
    columns.sort(function (a, b) {
      var first = a.getBoundingClientRect();
      var second = b.getBoundingClientRect();
      return first.top - second.top || first.left - second.left;
    });
    return columns.reduce(function (all, column) {
      return all.concat(Array.prototype.slice.call(column.querySelectorAll("[data-segment]")));
    }, []);
  }

  function makeTabStop(clause, segment) {
    clause.querySelectorAll("[data-segment]").forEach(function (other) {
      other.setAttribute("tabindex", other === segment ? "0" : "-1");
    });
  }

  /* The clause's tab stop must stay on a segment the reader can see when the mode changes. */
  function resetTabStops() {
    clauses.forEach(function (clause) {
      var current = clause.querySelector('[data-segment][tabindex="0"]');
      if (!current || !shown(current)) makeTabStop(clause, readingOrder(clause)[0] || null);
    });
  }

  function hidePopover() {
    if (popover && popover.matches(":popover-open")) popover.hidePopover();
  }

  function showPopover(segment, other) {
    if (!popover || typeof popover.showPopover !== "function") return;
    var column = other.closest("[data-column]");
    popover.querySelector("[data-segment-popover-label]").textContent =
      column.querySelector(".clause__provenance").textContent.replace(/\s+/g, " ").trim();
    var text = popover.querySelector("[data-segment-popover-text]");
    text.textContent = other.textContent;
    text.lang = column.lang;
    var cite = popover.querySelector("[data-segment-popover-cite]");
    var id = segment.dataset.segment;
    cite.dataset.cite = id;
    cite.textContent = reader.format(popover.dataset.labelCite, { locator: id.replace(/\.(\d+)$/, "($1)") });
    popover.dataset.forSegment = id;
    if (!popover.matches(":popover-open")) popover.showPopover();
    var box = segment.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    var below = box.bottom + 6;
    var top = below + popover.offsetHeight > window.innerHeight ? Math.max(8, box.top - popover.offsetHeight - 6) : below;
    popover.style.left = left + "px";
    popover.style.top = top + "px";
  }

  /* The reader asked for the counterpart: say it, and show it where its column is not in view. */
  function askForCounterpart(segment, announce) {
    var other = counterpart(segment);
    if (!other) return;
    var column = other.closest("[data-column]");
    var box = other.getBoundingClientRect();
    var inView = shown(other) && box.bottom > 0 && box.top < window.innerHeight;
    if (!inView) showPopover(segment, other);
    else hidePopover();
    if (announce) {
      var language = column.querySelector(".clause__language").textContent.trim();
      reader.announce(language + ": " + other.textContent.replace(/\s+/g, " ").trim());
    }
  }

  function onKey(event) {
    var segment = event.target.closest && event.target.closest("[data-segment]");
    if (!segment || event.target !== segment || event.ctrlKey || event.metaKey || event.altKey) return;
    var order = readingOrder(segment.closest(".clause"));
    var position = order.indexOf(segment);
    var next = null;
    if (event.key === "ArrowDown" || event.key === "ArrowRight") next = order[position + 1];
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = order[position - 1];
    else if (event.key === "Home") next = order[0];
    else if (event.key === "End") next = order[order.length - 1];
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      askForCounterpart(segment, true);
      return;
    } else return;
    event.preventDefault();
    if (next) {
      hidePopover();
      makeTabStop(segment.closest(".clause"), next);
      next.focus();
    }
  }

  function onClick(event) {
    var segment = event.target.closest && event.target.closest("[data-segment]");
    if (!segment || event.target.closest("a, abbr, button")) return;
    var selection = window.getSelection && window.getSelection();
    if (selection && !selection.isCollapsed) return; /* selecting text, not asking */
    var other = counterpart(segment);
    if (other && !shown(other)) askForCounterpart(segment, false);
  }

  clauses.forEach(function (clause) {
    var segments = clause.querySelectorAll("[data-segment]");
    segments.forEach(function (segment) {
      segment.setAttribute("tabindex", "-1");
      if (hint) segment.setAttribute("aria-describedby", hint.id);
    });
    var first = readingOrder(clause)[0];
    if (first) first.setAttribute("tabindex", "0");
  });

  document.addEventListener("pointerover", function (event) {
    var segment = event.target.closest && event.target.closest("[data-segment]");
    if (segment) mark(segment, "is-paired", true);
  });
  document.addEventListener("pointerout", function (event) {
    var segment = event.target.closest && event.target.closest("[data-segment]");
    if (segment && !segment.contains(event.relatedTarget)) mark(segment, "is-paired", segment === document.activeElement);
  });
  document.addEventListener("focusin", function (event) {
    var segment = event.target.matches && event.target.matches("[data-segment]") ? event.target : null;
    if (!segment) return;
    makeTabStop(segment.closest(".clause"), segment);
    mark(segment, "is-paired", true);
  });
  document.addEventListener("focusout", function (event) {
    var segment = event.target.matches && event.target.matches("[data-segment]") ? event.target : null;
    if (segment) mark(segment, "is-paired", false);
  });
  document.addEventListener("keydown", onKey);
  document.addEventListener("click", onClick);
  /* Modes and swap change what is visible: keep each clause's tab stop on a visible segment. */
  new MutationObserver(resetTabStops).observe(document.documentElement,
                                              { attributes: true, attributeFilter: ["data-reading-mode", "data-columns-swapped"] });
})();
