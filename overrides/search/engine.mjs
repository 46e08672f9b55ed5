// Ranking: one MiniSearch index per language; BM25 over words, exact accented words and word pairs, with
// synonym expansion from data. Results are ordered by how well they match before how often:
//   1. how much of the query they contain (every word, or a synonym of it, beats some words),
//   2. whether they contain it as a phrase (the words next to each other, in the reader's order),
//   3. for an accented query, how many words they contain with the very accents typed,
//   4. the text before pages about it (clauses, then chapters, then glossary and timeline, then pages),
//   5. BM25 score.
// Why (README "Search"): Vietnamese words are several syllables, so a phrase typed as syllables must rank
// the record that has them next to each other above records that have them scattered; pairs of
// neighbouring words do that without a segmentation model in the browser. Folding lets "hop tac" find
// "hợp tác"; the exact field makes "động" prefer "lao động" to "Biển Đông". Only the last word of a query
// still being typed matches as a prefix.
import MiniSearch from "minisearch";

import { analyzer as analyzerFor, exactForm, fold, pairs, words } from "./text.mjs";

const SEPARATOR = "\u0001";
const FIELDS = { vi: ["w", "x", "p", "tw", "tp"], en: ["w", "p", "tw", "tp"] };
// Pairs count most: two words in the reader's order are a phrase. Headings count more than body text.
export const FIELD_BOOSTS = { w: 1, x: 1, p: 1.5, tw: 1.5, tp: 2 };
// For words of the text, readers want the text itself first; pages about it come after.
export const KIND_ORDER = { clause: 0, chapter: 1, term: 2, agreement: 2, page: 3 };
// A synonym is good evidence, a little weaker than the reader's own word.
const SYNONYM_WEIGHT = 0.8;
// An unfinished word: what its completions weigh (MiniSearch's prefix weight), and how many are searched.
const PREFIX_WEIGHT = 0.375;
const MAX_COMPLETIONS = 60;

function fieldTokens(text, field, analyzer) {
  const tokens = words(text || "");
  if (field === "w" || field === "tw") return tokens.map((t) => analyzer.term(t.text));
  if (field === "x") return tokens.map((t) => exactForm(t.text));
  return pairs(tokens, (t) => analyzer.term(t.text));
}

function heading(record) {
  return [record.label, record.title].filter(Boolean).join(". ");
}

/** Every word form of the records (folded) with its index term, sorted, for unfinished words. */
function vocabulary(records, analyzer) {
  const terms = new Map();
  records.forEach((record) => {
    words(`${heading(record)} ${record.text || ""}`).forEach((token) => {
      const surface = fold(token.text);
      if (!terms.has(surface)) terms.set(surface, analyzer.term(token.text));
    });
  });
  return { surfaces: Array.from(terms.keys()).sort(), terms };
}

/** A searchable index of one language's records (the content of search/<language>.js). */
export function createIndex(data) {
  const analyzer = analyzerFor(data.language);
  const fields = FIELDS[data.language] || FIELDS.en;
  const records = new Map(data.records.map((record, position) => [record.id, { ...record, position }]));
  const miniSearch = new MiniSearch({
    fields,
    // The exact field holds the heading too: an accented query matches a clause's topic as exactly as its text.
    extractField: (record, field) => (field === "id" ? record.id : field.startsWith("t") ? heading(record)
      : field === "x" ? `${heading(record)}. ${record.text}` : record.text),
    tokenize: (text, field) => fieldTokens(text, field, analyzer),
    processTerm: (term) => term || null,
  });
  miniSearch.addAll(data.records);
  const synonyms = (data.synonyms || []).map((group) => group.map((phrase) => words(phrase).map((t) => analyzer.term(t.text))));
  return { language: data.language, analyzer, fields, records, miniSearch, synonyms,
           vocabulary: vocabulary(data.records, analyzer) };
}

/**
 * An unfinished word, as the index terms of the words of the text that begin with it, each weighted by how
 * much of the word is typed (as MiniSearch weighs prefix matches). Matched on the words as written, not on
 * their stems: "cooperat" must find "cooperation", whose English stem "cooper" it does not begin.
 */
export function unfinishedWord(index, typed) {
  const prefix = fold(typed);
  const { surfaces, terms } = index.vocabulary;
  let low = 0;
  let high = surfaces.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (surfaces[middle] < prefix) low = middle + 1; else high = middle;
  }
  // The word may be finished already: its own term counts in full.
  const weights = new Map([[index.analyzer.term(typed), 1]]);
  for (let i = low; i < surfaces.length && surfaces[i].startsWith(prefix); i += 1) {
    const extra = surfaces[i].length - prefix.length;
    const weight = extra ? PREFIX_WEIGHT * prefix.length / (prefix.length + 0.3 * extra) : 1;
    const term = terms.get(surfaces[i]);
    weights.set(term, Math.max(weights.get(term) || 0, weight));
  }
  return new Map(Array.from(weights).sort((a, b) => b[1] - a[1]).slice(0, MAX_COMPLETIONS));
}

function termQuery(list, fields, prefix = false, weights = null) {
  return { queries: [list.join(SEPARATOR)], fields, prefix, combineWith: "OR",
           tokenize: (text) => text.split(SEPARATOR), processTerm: (term) => term || null,
           boostTerm: weights ? (term) => weights.get(term) || 1 : undefined };
}

function phraseQuery(terms, fields) {
  if (terms.length === 1) return termQuery(terms, fields.filter((f) => f === "w" || f === "tw"), false);
  const wanted = [];
  for (let i = 1; i < terms.length; i += 1) wanted.push(`${terms[i - 1]} ${terms[i]}`);
  // Every pair must be there: the whole phrase, not a piece of it.
  return { combineWith: "AND", queries: wanted.map((pair) => termQuery([pair], ["p", "tp"], false)) };
}

function sameTerms(a, b) {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}

/** Where a synonym group's phrase stands in the query, and the group's other phrases to search for. */
function synonymExpansions(index, terms) {
  const expansions = [];
  index.synonyms.forEach((group) => {
    group.forEach((phrase) => {
      if (!phrase.length) return;
      for (let start = 0; start + phrase.length <= terms.length; start += 1) {
        if (!sameTerms(terms.slice(start, start + phrase.length), phrase)) continue;
        const others = group.filter((other) => other.length && !sameTerms(other, phrase));
        others.forEach((other) => expansions.push({ start, end: start + phrase.length, terms: other }));
      }
    });
  });
  return expansions;
}

function collectMatches(target, match) {
  Object.keys(match).forEach((term) => {
    match[term].forEach((field) => {
      if (field === "x") target.exacts.add(term);
      else if (field === "p" || field === "tp") target.pairs.add(term);
      else target.terms.add(term);
    });
  });
}

function compareResults(a, b) {
  return b.coverage - a.coverage || b.phrase - a.phrase || b.exactness - a.exactness
    || (KIND_ORDER[a.record.kind] ?? 3) - (KIND_ORDER[b.record.kind] ?? 3)
    || b.score - a.score || a.record.position - b.record.position;
}

/**
 * Records of one index that match `query`, best first: [{record, score, coverage, phrase, exactness,
 * matched}]. `typing`: the reader is still typing, so the last word may be unfinished (prefix match),
 * unless the query ends with a space or punctuation.
 */
export function searchIndex(index, query, { typing = false } = {}) {
  const tokens = words(query);
  if (!tokens.length) return [];
  const terms = tokens.map((t) => index.analyzer.term(t.text));
  const exacts = tokens.map((t) => exactForm(t.text));
  // Words the reader typed with marks (or đ): their exact form says more than their folded one.
  const accented = index.fields.includes("x") ? exacts.map((exact, i) => exact !== terms[i]) : exacts.map(() => false);
  const queryPairs = tokens.slice(1).map((t, i) => (t.breakBefore ? null : `${terms[i]} ${terms[i + 1]}`));
  const hasPairs = queryPairs.some(Boolean);
  // An unfinished last word continues the phrase before it: it is completed inside its pair with the
  // previous word ("hợp t" → "hợp tác"), and on its own only when it starts the query or a new phrase, so
  // that "t" does not match every word beginning with t.
  const open = typing && /[\p{L}\p{M}\p{N}]$/u.test(query);
  const last = tokens.length - 1;
  const aloneOpen = open && (last === 0 || tokens[last].breakBefore);
  const completions = open ? unfinishedWord(index, tokens[last].text) : null;
  const fixedTerms = open ? terms.slice(0, last) : terms;
  const fixedPairs = queryPairs.map((pair, i) => (open && i === last - 1 ? null : pair));
  const openPairs = open && !aloneOpen ? new Map(Array.from(completions, ([term, weight]) => [`${terms[last - 1]} ${term}`, weight])) : null;
  const queries = [];
  if (fixedTerms.length) queries.push(termQuery(fixedTerms, ["w", "tw"]));
  if (aloneOpen) queries.push(termQuery(Array.from(completions.keys()), ["w", "tw"], false, completions));
  const accentedExacts = exacts.filter((_, i) => accented[i]);
  if (accentedExacts.length) {
    queries.push(termQuery(accentedExacts, ["x"], (term, i, all) => open && accented[last] && i === all.length - 1));
  }
  if (fixedPairs.some(Boolean)) queries.push(termQuery(fixedPairs.filter(Boolean), ["p", "tp"]));
  if (openPairs) queries.push(termQuery(Array.from(openPairs.keys()), ["p", "tp"], false, openPairs));
  const options = { boost: FIELD_BOOSTS };
  const found = new Map();
  const hitOf = (id) => {
    if (!found.has(id)) {
      found.set(id, { score: 0, covered: new Set(), pairs: new Set(), exact: new Set(),
                      matched: { terms: new Set(), exacts: new Set(), pairs: new Set() } });
    }
    return found.get(id);
  };
  const coverPair = (hit, i) => { // the pair of words i and i + 1: both are there
    hit.pairs.add(i);
    hit.covered.add(i);
    hit.covered.add(i + 1);
  };
  if (queries.length) {
    index.miniSearch.search({ combineWith: "OR", queries }, options).forEach((result) => {
      const hit = hitOf(result.id);
      const matched = new Set(result.queryTerms);
      hit.score += result.score;
      fixedTerms.forEach((term, i) => { if (matched.has(term)) hit.covered.add(i); });
      if (aloneOpen && result.queryTerms.some((term) => completions.has(term))) hit.covered.add(last);
      exacts.forEach((exact, i) => { if (accented[i] && matched.has(exact)) { hit.covered.add(i); hit.exact.add(i); } });
      fixedPairs.forEach((pair, i) => { if (pair && matched.has(pair)) coverPair(hit, i); });
      if (openPairs && result.queryTerms.some((term) => openPairs.has(term))) coverPair(hit, last - 1);
      collectMatches(hit.matched, result.match);
    });
  }
  synonymExpansions(index, terms).forEach((expansion) => {
    index.miniSearch.search(phraseQuery(expansion.terms, index.fields), options).forEach((result) => {
      const hit = hitOf(result.id);
      hit.score += SYNONYM_WEIGHT * result.score;
      for (let i = expansion.start; i < expansion.end; i += 1) {
        hit.covered.add(i);
        if (i > expansion.start) hit.pairs.add(i - 1);
      }
      collectMatches(hit.matched, result.match);
    });
  });
  const accentedCount = accented.filter(Boolean).length;
  const ranked = [];
  found.forEach((hit, id) => {
    ranked.push({
      record: index.records.get(id),
      score: hit.score,
      coverage: hit.covered.size / terms.length,
      // A one-word query is its own phrase; otherwise every neighbouring pair the reader typed must be there.
      phrase: hasPairs ? Number(queryPairs.every((pair, i) => !pair || hit.pairs.has(i))) : Number(hit.covered.size === 1),
      exactness: accentedCount ? hit.exact.size / accentedCount : 0,
      matched: hit.matched,
    });
  });
  return ranked.filter((result) => result.coverage > 0).sort(compareResults);
}

/** Where a result points: the same place in the reader's tree whichever language matched. */
function place(record) {
  return record.href;
}

/**
 * Both languages from either tree: the reader's language first; then what only the other language finds,
 * labelled by the caller, each record at most once. Results of the other language must contain the whole
 * query (or a synonym of it): single shared words ("an" in "an ninh") are not evidence across languages.
 */
export function searchAll(indexes, readerLanguage, query, options = {}) {
  const own = indexes[readerLanguage] ? searchIndex(indexes[readerLanguage], query, options) : [];
  const shown = new Set(own.map((result) => place(result.record)));
  const other = [];
  Object.keys(indexes).forEach((language) => {
    if (language === readerLanguage) return;
    searchIndex(indexes[language], query, options).forEach((result) => {
      if (result.coverage < 1 || shown.has(place(result.record))) return;
      shown.add(place(result.record));
      other.push({ ...result, language });
    });
  });
  return { own: own.map((result) => ({ ...result, language: readerLanguage })), other };
}
