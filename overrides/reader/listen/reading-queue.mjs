// What the player reads, in reading order (issue 32): every clause of the page in document order, and in
// each the segments of the chosen language's column, one utterance each.

/** [{clause, segment, id}] for `language` ("vi" or "en"). */
export function readingQueue(language) {
  return Array.from(document.querySelectorAll(".clause")).flatMap((clause) => {
    const column = clause.querySelector(`[data-column="${language}"]`);
    if (!column) return [];
    return Array.from(column.querySelectorAll("[data-segment]")).map((segment) => (
      { clause, segment, id: segment.dataset.segment }));
  });
}

/** The position of the first segment of the clause at `step` clauses from the one at `index` (0: its own). */
export function clauseStart(items, index, step) {
  const clauses = [];
  items.forEach((item, position) => {
    if (!clauses.length || clauses[clauses.length - 1].clause !== item.clause) clauses.push({ clause: item.clause, position });
  });
  const current = clauses.findIndex((entry, at) => at === clauses.length - 1 || clauses[at + 1].position > index);
  const target = clauses[current + step];
  return target ? target.position : -1;
}
