// What the search engine's unit tests build their small indexes from, and read their results with.

/** A clause record as the build writes it (statement_core/search/records.py), with only what a test sets. */
export function clause(id, title, text) {
  return { id, kind: "clause", label: `Clause ${id}`, title, text, href: `doc/x/#clause-${id}` };
}

/** Every result of a search, in the order the dialog lists them: the query's language, the other, partial. */
export const all = (found) => [...found.own, ...found.other, ...found.partial];

/** The id of the first result. */
export const first = (found) => all(found)[0]?.record.id;
