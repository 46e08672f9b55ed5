// The search index of a large collection as the build writes it and the page loads it (issue 22: open →
// ready at once on a hundred documents). MiniSearch's own toJSON writes every posting as a JSON member,
// {"<document>": <frequency>}, and loadJS turns each into a Map entry: for a hundred documents that is
// 14 MB to parse and a million Map entries to make before the first search, while a search reads the
// postings of a few terms. Here the terms are JSON strings, each term's postings one string of
// base-36 numbers (document numbers as the gap from the previous one, the frequency after a dot when it is
// not 1, fields apart by ";"), made into Maps the first time a search reads that term. The document ids
// are the records' own, in their order, so they are not written twice.
//
// MiniSearch has no public way to load postings lazily; this fills the instance that its loadJS makes from
// an empty index, through the fields loadJS itself fills (_documentIds, _idToShortId, _fieldLength,
// _index). minisearch is pinned (package-lock.json); tests/search_engine/compact.test.mjs compares every
// result with the index loaded by loadJS, so a version that changes them fails there.
import MiniSearch from "minisearch";

const FIELDS_APART = ";";
const POSTINGS_APART = ",";
const FREQUENCY = ".";

/** One term's postings ({fieldId: {shortId: frequency}}, MiniSearch's toJSON) as one string. */
function encodePostings(fields) {
  return Object.entries(fields).map(([fieldId, documents]) => {
    let previous = 0;
    const postings = Object.keys(documents).map(Number).sort((a, b) => a - b).map((shortId) => {
      const frequency = documents[shortId];
      const gap = (shortId - previous).toString(36);
      previous = shortId;
      return frequency === 1 ? gap : `${gap}${FREQUENCY}${frequency.toString(36)}`;
    });
    return `${fieldId}:${postings.join(POSTINGS_APART)}`;
  }).join(FIELDS_APART);
}

/**
 * The postings of one term, {fieldId → Map(shortId → frequency)} as MiniSearch reads them (a Map), made from
 * their string when first read.
 */
class TermPostings extends Map {
  constructor(encoded) {
    super();
    this.encoded = encoded;
  }

  decode() {
    if (this.encoded === null) return this;
    const text = this.encoded;
    this.encoded = null;
    for (const field of text.split(FIELDS_APART)) {
      const colon = field.indexOf(":");
      const documents = new Map();
      let shortId = 0;
      for (const posting of field.slice(colon + 1).split(POSTINGS_APART)) {
        const dot = posting.indexOf(FREQUENCY);
        shortId += parseInt(dot < 0 ? posting : posting.slice(0, dot), 36);
        documents.set(shortId, dot < 0 ? 1 : parseInt(posting.slice(dot + 1), 36));
      }
      super.set(Number(field.slice(0, colon)), documents);
    }
    return this;
  }

  get(fieldId) { return this.decode() && super.get(fieldId); }
  has(fieldId) { return this.decode() && super.has(fieldId); }
  get size() { return this.decode() && super.size; }
  keys() { return this.decode() && super.keys(); }
  values() { return this.decode() && super.values(); }
  entries() { return this.decode() && super.entries(); }
  forEach(callback, thisArg) { this.decode(); super.forEach(callback, thisArg); }
  [Symbol.iterator]() { return this.entries(); }
}

/**
 * `json` (MiniSearch's toJSON of an index whose documents were added as `ids`, in that order) in the compact
 * form. Throws if the index's documents are not `ids` in order: the page takes them from the records.
 */
export function compactIndex(json, ids) {
  const shortIds = Object.keys(json.documentIds).map(Number).sort((a, b) => a - b);
  if (shortIds.length !== ids.length || shortIds.some((shortId, i) => shortId !== i || json.documentIds[shortId] !== ids[i])) {
    throw new Error("search index: its documents are not the records, in their order");
  }
  const fieldCount = Object.keys(json.fieldIds).length;
  return {
    format: "compact-1",
    documentCount: json.documentCount,
    nextId: json.nextId,
    fieldIds: json.fieldIds,
    averageFieldLength: json.averageFieldLength,
    dirtCount: json.dirtCount,
    // Each document's field lengths, one after another, fieldCount numbers per document.
    fieldLength: shortIds.flatMap((shortId) => Array.from({ length: fieldCount }, (_, f) => json.fieldLength[shortId][f] ?? 0)),
    terms: json.index.map(([term]) => term),
    postings: json.index.map(([, fields]) => encodePostings(fields)),
  };
}

/** A MiniSearch instance searching what `compact` holds, for documents `ids` (the records' ids, in order). */
export function loadCompactIndex(compact, ids, options) {
  if (compact.format !== "compact-1") throw new Error(`search index: unknown format ${compact.format}`);
  const miniSearch = MiniSearch.loadJS({
    documentCount: compact.documentCount, nextId: compact.nextId, fieldIds: compact.fieldIds,
    averageFieldLength: compact.averageFieldLength, dirtCount: compact.dirtCount,
    documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2,
  }, options);
  const fieldCount = Object.keys(compact.fieldIds).length;
  ids.forEach((id, shortId) => {
    miniSearch._documentIds.set(shortId, id);
    miniSearch._idToShortId.set(id, shortId);
    miniSearch._fieldLength.set(shortId, compact.fieldLength.slice(shortId * fieldCount, (shortId + 1) * fieldCount));
  });
  compact.terms.forEach((term, i) => miniSearch._index.set(term, new TermPostings(compact.postings[i])));
  return miniSearch;
}

/**
 * How many times the document `id` has `term` in `fields`, from the index (MiniSearch has no public way to
 * ask; its search gives scores, not counts). The same for an index built in the page and one loaded here.
 */
export function termFrequency(miniSearch, term, fields, id) {
  const postings = miniSearch._index.get(term);
  const shortId = miniSearch._idToShortId.get(id);
  if (!postings || shortId === undefined) return 0;
  return fields.reduce((sum, field) => {
    const documents = postings.get(miniSearch._fieldIds[field]);
    return sum + ((documents && documents.get(shortId)) || 0);
  }, 0);
}

/** How many records have `term` in any of `fields` (its postings read once, as a search would). */
export function recordCount(miniSearch, term, fields) {
  const postings = miniSearch._index.get(term);
  if (!postings) return 0;
  const holders = new Set();
  fields.forEach((field) => {
    const documents = postings.get(miniSearch._fieldIds[field]);
    if (documents) documents.forEach((_, shortId) => holders.add(shortId));
  });
  return holders.size;
}

/** How many times all records together have `term` in any of `fields`. */
export function totalFrequency(miniSearch, term, fields) {
  const postings = miniSearch._index.get(term);
  if (!postings) return 0;
  let total = 0;
  fields.forEach((field) => {
    const documents = postings.get(miniSearch._fieldIds[field]);
    if (documents) documents.forEach((count) => { total += count; });
  });
  return total;
}
