// What the address names: the clause (#clause-13) and both halves of a segment (#clause-13.2) are marked,
// and the language switcher's links keep the reader on it.

function markTarget() {
  document.querySelectorAll(".clause.is-target, .segment.is-target-segment").forEach((marked) => {
    marked.classList.remove("is-target", "is-target-segment");
  });
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id && document.getElementById(id);
  const clause = target && target.closest(".clause");
  if (!clause) return;
  clause.classList.add("is-target");
  if (target.matches("[data-segment]")) {
    clause.querySelectorAll(`[data-segment="${target.dataset.segment}"]`).forEach((half) => {
      half.classList.add("is-target-segment");
    });
  }
}

function keepClauseWhenSwitchingLanguage() {
  document.querySelectorAll("a.md-select__link[hreflang]").forEach((link) => {
    const base = link.getAttribute("href").split("#")[0];
    link.setAttribute("href", base + window.location.hash);
  });
}

/** The segment the address names (#clause-13.2 is the id of one of its halves), or null. */
export function namedSegment() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id && document.getElementById(id);
  return target && target.matches("[data-segment]") ? target : null;
}

/** The address now names another clause: a link (hashchange), or a shortcut that replaced it without one. */
export function targetChanged() {
  markTarget();
  keepClauseWhenSwitchingLanguage();
}

/** Follow the address from now on. */
export function watchTarget() {
  targetChanged();
  window.addEventListener("hashchange", targetChanged);
}
