// Ranking: one MiniSearch index per language; BM25 over words, exact accented words and word pairs, with
// synonym expansion from data. Results are ordered by how well they match before how often:
//   1. how much of the query they contain (every word, or a synonym of it, beats some words; of some words,
//      the rarer in the text count more; a word counts by how it was found: as typed in full, or for less as
//      a lone syllable of a word of the text, with other marks, inside a longer word, as a typo, a WordNet
//      relation or one word of a synonym phrase: CREDIT; a page about the text counts less: ABOUT_SHARE),
//   2. how much of it they contain as the words themselves rather than inside longer words,
//   3. whether they contain it as a phrase (the words next to each other, in the reader's order),
//   4. for an accented query, how many words they contain with the very accents typed,
//   5. the text before pages about it (clauses, then chapters, then glossary and timeline, then pages),
//   6. how many times they have the phrase (issue 30: "hàng không" three times beats once),
//   7. for a query of one word, whether they have it on its own rather than in a phrase ("industry", not
//      "defence industry"),
//   8. BM25 score.
// A question (a question mark, or its words: questions.mjs) is asked of the text: its asking words and the
// words naming the text ("the statement", "nói") are its frame, never required.
// A query word that is no word of the text is also sought as the words it is probably a typo of, and as the
// words of the text that WordNet relates to it (forgiving.mjs): weaker evidence, never "the words themselves".
// Why (README "Search"): Vietnamese words are several syllables, so a phrase typed as syllables must rank
// the record that has them next to each other above records that have them scattered; pairs of
// neighbouring words do that without a segmentation model in the browser. Folding lets "hop tac" find
// "hợp tác"; the exact field makes "động" prefer "lao động" to "Biển Đông". Only the last word of a query
// still being typed matches as a prefix. The index is built once, at build time (statement_core/search/index_build.mjs),
// and loaded serialised in the page.
import MiniSearch from "minisearch";

import { compactIndex, loadCompactIndex, recordCount, termFrequency, totalFrequency } from "./compact.mjs";
import { BEGINNING_WEIGHT, RELATED_WEIGHT, TYPO_WEIGHTS, isRealWord, relatedIndex, relatedWords, typoCandidates,
         wordList, wordTablesIn } from "./forgiving.mjs";
import { askingPositions, framePositions, questionIndex } from "./questions.mjs";
import { isStopWord, stopPositions, stopWordIndex } from "./stopwords.mjs";
import { analyzer as analyzerFor, exactForm, fold, pairs, words } from "./text.mjs";

const SEPARATOR = "\u0001";
const FIELDS = { vi: ["w", "x", "p", "tw", "tp"], en: ["w", "p", "tw", "tp"] };
// Pairs count most: two words in the reader's order are a phrase. Headings count more than body text.
export const FIELD_BOOSTS = { w: 1, x: 1, p: 1.5, tw: 1.5, tp: 2 };
// For words of the text, readers want the text itself first; pages about it come after.
export const KIND_ORDER = { clause: 0, chapter: 1, term: 2, agreement: 2, page: 3 };
// How much of the query a page about the text (the site's own pages, a glossary entry) has counts this
// much: a long page holds many words of any query by chance, so it comes before a clause only when it has
// clearly more of the query (issue 38; STACK.md: "home, about and glossary pages often outrank clauses").
// A timeline entry (an agreement the text refers to) is such a page too. Not when its heading holds at least
// ASKED_FOR_SHARE of the query: then it is the page asked for ("tải về", "thuật ngữ"); one heading word of
// a longer query ("sửa" of "sửa chữa đền chùa") is chance (issue 38, round 2). And never for a question
// (a query that ends in "?"): "what did they agree about the South China Sea?" asks what the text says,
// which a clause answers, not the glossary entry of that name.
const ABOUT_SHARE = { page: 0.6, term: 0.6, agreement: 0.6, chapter: 0.8 };
const ASKED_FOR_SHARE = 0.5;
const QUESTION = /[?\uff1f]\s*$/u;
const HEADING_FIELDS = new Set(["tw", "tp"]);
// A synonym is good evidence, a little weaker than the reader's own word.
const SYNONYM_WEIGHT = 0.8;
// One word of a synonym phrase of several ("migrant" of "migrant workers"), not a word of the text: the
// group's phrases stand for it, weaker than a whole synonym (issue 38).
const ALIAS_WORD_WEIGHT = 0.5;
const ALIAS_WORD_MIN_LETTERS = 3;
// How much a query word found in a record counts toward its share of the query, by how it was found: as typed
// (1), or by weaker evidence that may be another word (issue 38, round 4).
const CREDIT = { otherMarks: 0.5, inner: 0.7, typo: 0.9, related: 0.6, synonym: 1, aliasWord: 0.6, loneSyllable: 0.5 };
const LONE_SYLLABLES = { vi: true };
// A record has the whole query when it has each word that is required with at least this credit.
const COVERS = 0.6;
// A function or question word ("what", "được", "năm nào"; stopwords.mjs) is never required and counts
// nothing in how much of the query a record has (a long page has them all); only in BM25, the last key. A
// word in more than COMMON_SHARE of the clauses that hold any query word (Belarus, Việt Nam, "hai bên",
// cooperation) is not required either, and counts for its rarity, which is little.
const STOP_WEIGHT = 0;
const COMMON_SHARE = 0.5;
// A question that asks for a year or a date (data/synonyms.yaml `questions.year`: "năm nào", "since when") is
// answered by a record holding a year: that counts as one more word of the question found, weighed like the
// others by how few records hold one ("… đặt quan hệ ngoại giao từ năm nào?": clause 1, "năm 1992", before
// clause 37, which shares more of the other words but names no year). A year: four digits, 1000–2099.
const YEAR = /^(1\d|20)\d\d$/;
// BM25's inverse document frequency (Robertson–Spärck Jones, as Lucene and MiniSearch compute it).
const RARE_SHARE = 0.15;
// Such a word counts this much of its rarity: it tells records apart, but it is still a function word, so the
// words that name what is asked about decide ("vì" of "khai thác biển vì mục đích hòa bình" is not worth "biển";
// "nói" of "hai bên nói gì về Biển Đông?"; round 5: in questions only before).
const RESCUED_WEIGHT = 0.5;
const idf = (records, holders) => Math.log(1 + (records - holders + 0.5) / (holders + 0.5));
// An unfinished word: what its completions weigh (MiniSearch's prefix weight), and how many are searched.
const PREFIX_WEIGHT = 0.375;
const MAX_COMPLETIONS = 60;
// A word inside a longer word of the text ("prison" in "imprisonment"): weaker evidence than either. Only
// from this many letters, so that short words ("act", "art") do not match inside every word that has them.
const INNER_WEIGHT = 0.3;
const INNER_MIN_LETTERS = 4;
const MAX_INNER = 30;
// Two forms of one word that the stemmer keeps apart ("tourists" and "tourism", "investor" and
// "investments") begin alike: at least this many letters, and all but ROOT_SLACK of the shorter word, so
// that "transport" and "transfer" or "interaction" and "international" stay apart. Some words of one
// beginning still pass ("internet", "international"): a weak match, ranked below the word itself.
const ROOT_MIN_LETTERS = 5;
const ROOT_SLACK = 2;
// A query word the text does not have, written as one where the text has two ("interparliamentary" for
// "inter-parliamentary", "vietnam" for "Việt Nam"): the two words stand for it, a little weaker than itself.
const SPLIT_WEIGHT = 0.6;
// An unfinished word after other words is completed alone too (not only inside its pair) from this many
// letters: "hợp t" must not match every word beginning with t, "airline fligh" must still find "flights".
const ALONE_COMPLETION_LETTERS = 3;

function heading(record) {
  return [record.label, record.title].filter(Boolean).join(". ");
}

/**
 * What each field of a record holds, from one reading of its heading and text: words as index terms (w, tw),
 * exact accented words (x, heading and text), neighbouring pairs (p, tp), and the words as written for
 * unfinished and inner words. Index terms are remembered per word: a text repeats its words.
 */
function recordReader(analyzer) {
  const terms = new Map();
  const termOf = (token) => {
    let term = terms.get(token.text);
    if (term === undefined) terms.set(token.text, (term = analyzer.term(token.text)));
    return term;
  };
  return (record) => {
    const head = words(heading(record));
    const body = words(record.text || "");
    const all = [...head, ...body];
    return {
      w: body.map(termOf), tw: head.map(termOf), p: pairs(body, termOf), tp: pairs(head, termOf),
      x: analyzer.exact ? all.map((t) => exactForm(t.text)) : null, surfaces: all.map((t) => fold(t.text)),
    };
  };
}

/** The words of the text with their index terms (a stem in English), from the sorted folded words. */
function vocabulary(sorted, analyzer) {
  const terms = new Map(sorted.map((surface) => [surface, analyzer.term(surface)]));
  return { surfaces: sorted, terms, indexTerms: new Set(terms.values()) };
}

// Index fields hold token lists read once per record; queries bring their own tokenizer (termQuery).
function miniSearchOptions(fields) {
  return { fields, stringifyField: (tokens) => tokens, tokenize: (tokens) => tokens, processTerm: (term) => term || null };
}

/**
 * An index that records are added to, with the words of their text: in the page, or at build time to be
 * serialised into search/<language>.js (statement_core/search/index_build.mjs).
 */
export function indexBuilder(language) {
  const analyzer = analyzerFor(language);
  const fields = FIELDS[language] || FIELDS.en;
  const read = recordReader(analyzer);
  const seen = new Set();
  const ids = [];
  const miniSearch = new MiniSearch({
    ...miniSearchOptions(fields),
    extractField: (record, field) => (field === "id" ? record.id : record.fields[field]),
  });
  const sortedWords = () => Array.from(seen).sort();
  return {
    miniSearch,
    add(records) {
      records.forEach((record) => {
        const fieldsOf = read(record);
        fieldsOf.surfaces.forEach((surface) => seen.add(surface));
        miniSearch.add({ id: record.id, fields: fieldsOf });
        ids.push(record.id);
      });
    },
    words: sortedWords,
    // The index in its compact form (compact.mjs) and the words of the text: all a page needs to load.
    serialise: () => ({ index: compactIndex(miniSearch.toJSON(), ids), words: sortedWords() }),
  };
}

/**
 * A searchable index of one language's records (the content of search/<language>.js): loaded when the
 * build serialised it (a large collection), built from the records otherwise (README "Search").
 */
export function createIndex(data) {
  const analyzer = analyzerFor(data.language);
  const fields = FIELDS[data.language] || FIELDS.en;
  const records = new Map(data.records.map((record, position) => [record.id, { ...record, position }]));
  let miniSearch;
  let surfaces = data.words;
  if (data.index) {
    miniSearch = loadCompactIndex(data.index, data.records.map((record) => record.id), miniSearchOptions(fields));
  } else {
    const builder = indexBuilder(data.language);
    builder.add(data.records);
    ({ miniSearch } = builder);
    surfaces = builder.words();
  }
  const synonyms = (data.synonyms || []).map((group) => group.map((phrase) => Object.assign(
    words(phrase).map((t) => analyzer.term(t.text)), { text: phrase })));
  return { language: data.language, analyzer, fields, records, miniSearch, synonyms,
           vocabulary: vocabulary(surfaces, analyzer), ...wordTables(data),
           // The language's function words, from the build (statement_core/search/dictionary.mjs).
           stopWords: stopWordIndex(data.stopWords),
           questions: questionIndex(data.questions),
           // A large collection's texts come apart, after the index (loader.mjs loadTexts): until then results
           // are found and ranked as ever, and show no snippet.
           textsApart: data.texts || null,
           // The real words, readers' words and synonym phrases' words come apart (loader.mjs loadWordTables),
           // loaded when a query first has a word that is no word of the text (forgiving.mjs wordTablesIn).
           wordTablesApart: data.wordTables || null };
}

/**
 * The index's word tables from the build's realWords (real words within a typo of the text, never corrected;
 * statement_core/search/dictionary.mjs), related and aliasPhrases: split when a query first needs them.
 */
function wordTables(tables) {
  return { related: relatedIndex(tables.related), realWords: wordList(tables.realWords, " "),
           aliasPhrases: tables.aliasPhrases || [], aliasWords: null };
}

/** The tables search/<language>-words.js registers (realWords, related, aliasPhrases), as createIndex reads them. */
export function addWordTables(index, tables) {
  Object.assign(index, wordTables(tables), { wordTablesApart: null });
}

/** The records' texts (search/<language>-texts.js: one per record, in their order) for their snippets. */
export function addTexts(index, texts) {
  if (texts.length !== index.records.size) throw new Error(`search: ${texts.length} texts for ${index.records.size} records`);
  index.records.forEach((record) => { record.text = texts[record.position]; });
  index.textsApart = null;
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

function sharedBeginning(a, b) {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

// Two inflections of one word differ in their last letters only: "universities", "university"; not
// "universal", which the Porter stemmer also makes "univers".
const INFLECTION_LETTERS = 3;

/** Two inflected forms of one word ("agreements", "agreement"; "universities", "university"). */
export function inflected(a, b) {
  const shared = sharedBeginning(a, b);
  const longer = Math.max(a.length, b.length);
  // A short word and its endings ("sign", "signed") begin with the whole of it.
  if (shared === Math.min(a.length, b.length) && longer - shared <= INFLECTION_LETTERS) return true;
  return shared >= Math.max(ROOT_MIN_LETTERS, longer - INFLECTION_LETTERS);
}

/** Two forms of one word: they begin with the same root ("tourists", "tourism"). */
export function sameRoot(a, b) {
  return sharedBeginning(a, b) >= Math.max(ROOT_MIN_LETTERS, Math.min(a.length, b.length) - ROOT_SLACK);
}

/**
 * The index terms of words of the text that hold a query word or are another form of it (English only: a
 * Vietnamese word is one syllable, and a syllable inside another is a different word): longer words that
 * contain it, "bank" → "interbank", "prisoners" (stem "prison") → "imprisonment", and words of the same
 * root, "tourists" → "tourism", "investor" → "investments". The query word's own term is left out: it is
 * matched whole.
 */
export function innerWords(index, typed) {
  const found = new Map();
  if (!index.analyzer.inner) return found;
  const own = index.analyzer.term(typed);
  const folded = fold(typed);
  const needles = Array.from(new Set([folded, own])).filter((needle) => needle.length >= INNER_MIN_LETTERS);
  // Inside the longer word's stem, not only its ending: "ties" is in "parties" and "activities" by their
  // plural "-ies" alone (round 6), while "bank" is in "interbank" and "prison" in "imprison(ment)".
  const related = (surface) => needles.some((needle) => surface.length > needle.length
    && index.vocabulary.terms.get(surface).includes(needle)) || sameRoot(folded, surface);
  for (const surface of needles.length ? index.vocabulary.surfaces : []) {
    const term = index.vocabulary.terms.get(surface);
    if (term !== own && !found.has(term) && related(surface)) {
      found.set(term, INNER_WEIGHT);
      if (found.size >= MAX_INNER) break;
    }
  }
  return found;
}

/**
 * A query word that no word of the text is, but two neighbouring words are when written as one
 * ("interparliamentary": "inter-parliamentary"; "vietnam": "Việt Nam"): the index terms of the two, or
 * null. Each part is a whole word of the text, so Vietnamese syllables stay whole.
 */
export function splitWord(index, typed) {
  const folded = fold(typed);
  const { terms, indexTerms } = index.vocabulary;
  const shortest = index.analyzer.splitFrom;
  if (folded.length < 2 * shortest || terms.has(folded) || indexTerms.has(index.analyzer.term(typed))) return null;
  for (let cut = shortest; cut <= folded.length - shortest; cut += 1) {
    const left = terms.get(folded.slice(0, cut));
    const right = terms.get(folded.slice(cut));
    if (left !== undefined && right !== undefined) return [left, right];
  }
  return null;
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
        others.forEach((other) => expansions.push({ start, end: start + phrase.length, terms: other, weight: SYNONYM_WEIGHT }));
      }
    });
  });
  return expansions;
}

/**
 * The synonym phrases of several words in this index's language (the build's aliasPhrases: [group, phrase]),
 * by each of their words' index terms: term → the groups' indexes.
 */
function aliasWords(index) {
  if (!wordTablesIn(index)) return new Map();
  if (!index.aliasWords) {
    const byTerm = new Map();
    index.aliasPhrases.forEach(([group, phrase]) => words(phrase).forEach((token) => {
      const term = index.analyzer.term(token.text);
      if (term.length < ALIAS_WORD_MIN_LETTERS) return;
      if (!byTerm.has(term)) byTerm.set(term, new Set());
      byTerm.get(term).add(group);
    }));
    index.aliasWords = byTerm;
  }
  return index.aliasWords;
}

/**
 * A query word that is no word of the text but one word of a synonym phrase of several ("migrant" of
 * "migrant workers", "kiều" of "kiều bào"): the phrases of that phrase's group stand for it, weaker than a
 * whole synonym, and labelled as what the result matched.
 */
function aliasExpansions(index, terms, skip) {
  const expansions = [];
  terms.forEach((term, i) => {
    if (skip(i)) return;
    (aliasWords(index).get(term) || []).forEach((g) => index.synonyms[g].forEach((phrase) => {
      if (phrase.length) expansions.push({ start: i, end: i + 1, terms: phrase, weight: ALIAS_WORD_WEIGHT });
    }));
  });
  return expansions;
}

function collectMatches(target, match) {
  Object.keys(match).forEach((term) => {
    match[term].forEach((field) => {
      if (HEADING_FIELDS.has(field)) { target.heading = true; target.headingTerms.add(term); }
      if (field === "x") target.exacts.add(term);
      else if (field === "p" || field === "tp") target.pairs.add(term);
      else target.terms.add(term);
    });
  });
}

/**
 * How many times a result has the phrase it matched (its matched pairs of words, in its heading and text),
 * counted when first asked: of two records with the whole phrase, the one that keeps coming back to it is
 * more about it ("hàng không" three times in the transport clause, once in the maritime one, whose heading's
 * "hàng hải" BM25 counts). Read from the index, so ranking never waits for the texts (loadTexts).
 */
function phraseCount(result) {
  if (result.phraseCount === undefined) {
    const wanted = result.matched.pairs;
    result.phraseCount = !result.phrase || !wanted.size ? 0
      : Array.from(wanted).reduce((sum, pair) => sum + termFrequency(result.miniSearch, pair, ["p", "tp"], result.record.id), 0);
  }
  return result.phraseCount;
}

/**
 * How much of the time a result has the words it matched on their own rather than inside a phrase of the text
 * with another word (0 to 1), counted when first asked: of records found by a query of one word, the one that names the
 * thing itself ("industry", among the fields of cooperation) is more about it than the ones naming a kind of
 * it ("defence industry", "the industrial sector"). From the record's text; 0 until a large collection's texts
 * are in, for every record alike.
 */
function standsAlone(result) {
  if (result.standsAlone === undefined) {
    const { terms, linked } = linkedWords(result);
    const wanted = result.matched.terms;
    let alone = 0;
    let found = 0;
    terms.forEach((term, i) => {
      if (!wanted.has(term)) return;
      found += 1;
      if (!linked[i]) alone += 1;
    });
    result.standsAlone = found ? alone / found : 0;
  }
  return result.standsAlone;
}

/** A record's words as index terms, each with whether a word that is no function word is next to it (no
    punctuation between): read once per record, when its text is in. */
function linkedWords({ record, analyzer, functionWord }) {
  if (record.text === undefined) return { terms: [], linked: [] };
  if (!record.linkedWords) {
    const tokens = words(record.text);
    const content = tokens.map((token) => !functionWord(token.text));
    record.linkedWords = {
      terms: tokens.map((token) => analyzer.term(token.text)),
      linked: tokens.map((token, i) => (i > 0 && !token.breakBefore && content[i - 1])
        || (i + 1 < tokens.length && !tokens[i + 1].breakBefore && content[i + 1])),
    };
  }
  return record.linkedWords;
}

// Shares of the query that differ by less are equal: two sets of words of equal rarity sum to one share, up
// to the last bit of a float (and the browser's logarithm may differ from Node's in that bit).
const SAME_SHARE = 1e-9;

function compareResults(a, b) {
  return sameBefore(a, b) || b.score - a.score || a.record.position - b.record.position;
}

// A query of one word: the first results are ordered again with standsAlone before BM25 (the texts of as many
// as a reader sees are read, not those of every record of a large collection).
const ALONE_CHECKED = 60;

function alonePrefix(ranked) {
  const head = ranked.slice(0, ALONE_CHECKED);
  head.sort((a, b) => sameBefore(a, b) || standsAlone(b) - standsAlone(a) || b.score - a.score
    || a.record.position - b.record.position);
  return head.concat(ranked.slice(ALONE_CHECKED));
}

/** compareResults up to its BM25 key. */
function sameBefore(a, b) {
  return (Math.abs(b.share - a.share) > SAME_SHARE ? b.share - a.share : 0) || b.whole - a.whole || b.phrase - a.phrase
    || b.allPairs - a.allPairs || b.exactness - a.exactness
    || (KIND_ORDER[a.record.kind] ?? 3) - (KIND_ORDER[b.record.kind] ?? 3) || phraseCount(b) - phraseCount(a);
}

function range(start, end) {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** Query word i is in the hit, found with `strength` (CREDIT); the strongest way it was found counts. */
function credit(hit, i, strength) {
  hit.covered.add(i);
  hit.credit.set(i, Math.max(hit.credit.get(i) || 0, strength));
}

/** What a forgiven match tells a hit: query word `position` is there, as a typo of it or a related word. */
function forgive(hit, { position, kind, surface, edits }) {
  credit(hit, position, kind === "typo" ? CREDIT.typo : CREDIT.related);
  if (kind === "typo") {
    const known = hit.corrected.get(position);
    if (!known || edits < known.edits) hit.corrected.set(position, { surface, edits });
  } else if (kind === "related") {
    if (!hit.expanded.has(position)) hit.expanded.set(position, new Set());
    hit.expanded.get(position).add(surface);
  }
}

/**
 * For each query word that the text does not have in any form the search already tries (the word, a
 * completion, a longer word or a synonym), the index terms of its typos and related words: term →
 * {weight, sources: [{position, kind, surface, edits}]}; and for a typo, its pairs with the query's
 * neighbouring words, so "hoc bogn" finds the phrase "học bổng": pair → {weight, pairIndex, source}.
 */
function forgivenTerms(index, tokens, terms, queryPairs, { open, completions, inner, splitPairs, synonymPositions, stop }) {
  const last = tokens.length - 1;
  const { indexTerms, terms: surfaceTerms } = index.vocabulary;
  const innerPositions = new Set(Array.from(inner.values()).flatMap((found) => found.positions));
  const splitPositions = new Set(splitPairs.values());
  // A longer word holding it is weak evidence too ("agricultre" is inside no word but shares the root of
  // "agriculture"): its typos are still sought, its related words are not.
  const known = (i) => indexTerms.has(terms[i]) || splitPositions.has(i) || synonymPositions.has(i)
    || (open && i === last && completions.size > 1);
  const forgiven = { terms: new Map(), pairs: new Map() };
  const addTerm = (term, weight, source) => {
    if (term === undefined) return;
    if (!forgiven.terms.has(term)) forgiven.terms.set(term, { weight, sources: [] });
    const entry = forgiven.terms.get(term);
    entry.weight = Math.max(entry.weight, weight);
    entry.sources.push(source);
  };
  const addPair = (pair, weight, pairIndex, source) => {
    const entry = forgiven.pairs.get(pair);
    if (!entry || entry.weight < weight) forgiven.pairs.set(pair, { weight, pairIndex, source });
  };
  tokens.forEach((token, i) => {
    if (known(i) || stop.has(i)) return;
    // A word the lexical resource relates to the text is a word, not a typo: "medication" is not "education".
    const related = innerPositions.has(i) ? [] : relatedWords(index, token.text);
    related.forEach((surface) => {
      addTerm(surfaceTerms.get(surface) ?? index.analyzer.term(surface), RELATED_WEIGHT,
              { position: i, kind: "related", surface });
    });
    // Nor is a word of the language (Hunspell's): "thuốc" is not "thúc", "universe" not "universal".
    if (related.length || isRealWord(index, token.text)) return;
    typoCandidates(index, token.text).forEach(([surface, edits, beginning]) => {
      const term = surfaceTerms.get(surface);
      const source = { position: i, kind: "typo", surface, edits };
      const weight = TYPO_WEIGHTS[edits] * (beginning ? BEGINNING_WEIGHT : 1);
      addTerm(term, weight, source);
      if (i > 0 && queryPairs[i - 1] && known(i - 1)) addPair(`${terms[i - 1]} ${term}`, weight, i - 1, source);
      if (i < last && queryPairs[i] && known(i + 1)) addPair(`${term} ${terms[i + 1]}`, weight, i, source);
    });
  });
  return forgiven;
}

/** The ids of the records that hold a year (YEAR), read from the index once. */
function yearHolders(index) {
  if (!index.yearHolders) {
    const years = Array.from(index.vocabulary.indexTerms).filter((term) => YEAR.test(term));
    index.yearHolders = new Set(years.length
      ? index.miniSearch.search(termQuery(years, ["w", "tw"])).map((result) => result.id) : []);
  }
  return index.yearHolders;
}

function clauseCount(index) {
  if (index.clauseCount === undefined) {
    index.clauseCount = Array.from(index.records.values()).filter((record) => record.kind === "clause").length || 1;
  }
  return index.clauseCount;
}

/** The words of the text by index term (an English stem stands for several words), when first needed. */
function surfacesByTerm(index) {
  const { vocabulary } = index;
  if (!vocabulary.byTerm) {
    vocabulary.byTerm = new Map();
    vocabulary.terms.forEach((term, surface) => {
      if (!vocabulary.byTerm.has(term)) vocabulary.byTerm.set(term, []);
      vocabulary.byTerm.get(term).push(surface);
    });
  }
  return vocabulary.byTerm;
}

/**
 * English query words whose stem other words of the text share that are not forms of it ("universities"
 * and "universality" are both "univers"): for each, whether a record has the word in one of its own forms
 * (the same root: "university", "universities"), read from the record's text once its text is in.
 */
function surfaceChecks(index, tokens, terms, stop) {
  if (!index.analyzer.inner) return [];
  const checks = [];
  tokens.forEach((token, i) => {
    if (stop.has(i)) return;
    const typed = fold(token.text);
    const all = surfacesByTerm(index).get(terms[i]) || [];
    const own = all.filter((surface) => surface === typed || inflected(typed, surface));
    if (!own.length || own.length === all.length) return;
    const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${own.join("|")})(?![\\p{L}\\p{N}])`, "u");
    checks.push({ position: i, holds: (record) => record.text !== undefined && pattern.test(foldedText(record)) });
  });
  return checks;
}

function foldedText(record) {
  if (record.foldedText === undefined) record.foldedText = fold(`${heading(record)} ${record.text || ""}`);
  return record.foldedText;
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
  // previous word ("hợp t" → "hợp tác"), and on its own only when it starts the query or a new phrase, or
  // is long enough not to match every word beginning with it; as typed so far it may be a whole word too.
  const open = typing && /[\p{L}\p{M}\p{N}]$/u.test(query);
  const asking = askingPositions(index.questions, tokens);
  const asks = QUESTION.test(query) || asking.size > 0;
  const last = tokens.length - 1;
  const aloneOpen = open && (last === 0 || tokens[last].breakBefore);
  const completions = open ? unfinishedWord(index, tokens[last].text) : null;
  const alone = !open ? null : aloneOpen || fold(tokens[last].text).length >= ALONE_COMPLETION_LETTERS
    ? completions : new Map([[terms[last], 1]]);
  const fixedTerms = open ? terms.slice(0, last) : terms;
  const fixedPairs = queryPairs.map((pair, i) => (open && i === last - 1 ? null : pair));
  const openPairs = open && !aloneOpen ? new Map(Array.from(completions, ([term, weight]) => [`${terms[last - 1]} ${term}`, weight])) : null;
  // Longer words of the text that hold a query word, each with the query words it stands for.
  const inner = new Map();
  tokens.forEach((token, i) => innerWords(index, token.text).forEach((weight, term) => {
    if (!inner.has(term)) inner.set(term, { weight, positions: [] });
    inner.get(term).positions.push(i);
  }));
  // Query words the text has as two words: each of the two stands for the query word, the pair more.
  const splitPairs = new Map();
  tokens.forEach((token, i) => {
    const parts = open && i === last ? null : splitWord(index, token.text);
    if (!parts) return;
    parts.forEach((term) => {
      if (!inner.has(term)) inner.set(term, { weight: INNER_WEIGHT, positions: [] });
      inner.get(term).positions.push(i);
    });
    splitPairs.set(parts.join(" "), i);
  });
  const textPair = (pair) => Boolean(pair) && recordCount(index.miniSearch, pair, ["p", "tp"]) > 0;
  const stop = stopPositions(index.stopWords, tokens, (i) => textPair(queryPairs[i - 1]) || textPair(queryPairs[i]));
  const expansions = synonymExpansions(index, terms);
  const synonymPositions = new Set(expansions.flatMap((e) => range(e.start, e.end)));
  synonymPositions.forEach((i) => stop.delete(i)); // a word of a synonym phrase ("bộ đội") is that phrase's
  // In a question, the words naming the text or its saying are its frame ("what does the statement say
  // about …", "tuyên bố chung nói gì về …"): every answer is in the text.
  const frame = new Set();
  if (asks) {
    asking.forEach((i) => frame.add(i)); // "ai" asks who, even though "AI" is a synonym of "trí tuệ nhân tạo"
    framePositions(index.questions, tokens, (i) => !stop.has(i) && !stop.has(i + 1) && textPair(queryPairs[i]))
      .forEach((i) => frame.add(i));
  }
  const namingWords = tokens.length - stop.size; // the words that are no function words, frame or not
  // Only function words beside the question's frame: they are the query ("tuyên bố chung có bao nhiêu bản?"
  // asks about "bản", a listed word); only the frame, or only function words: all of it is.
  if (range(0, tokens.length).every((i) => stop.has(i) || frame.has(i))) stop.clear();
  if (frame.size < tokens.length) frame.forEach((i) => stop.add(i));
  else frame.clear();
  // A word of the text, as typed: with its marks, when typed with them ("thuốc" is not the text's "thuộc").
  const textHas = (i) => index.vocabulary.indexTerms.has(terms[i])
    && (!accented[i] || recordCount(index.miniSearch, exacts[i], ["x"]) > 0);
  expansions.push(...aliasExpansions(index, terms, (i) => stop.has(i) || synonymPositions.has(i)
    || textHas(i) || (open && i === last && completions.size > 1)));
  expansions.forEach((e) => range(e.start, e.end).forEach((i) => synonymPositions.add(i)));
  const forgiven = forgivenTerms(index, tokens, terms, queryPairs, {
    open, completions, inner, splitPairs, synonymPositions, stop,
  });
  const queries = [];
  if (fixedTerms.length) queries.push(termQuery(fixedTerms, ["w", "tw"]));
  if (alone) queries.push(termQuery(Array.from(alone.keys()), ["w", "tw"], false, alone));
  if (inner.size) {
    const weights = new Map(Array.from(inner, ([term, found]) => [term, found.weight]));
    queries.push(termQuery(Array.from(weights.keys()), ["w", "tw"], false, weights));
  }
  const accentedExacts = exacts.filter((_, i) => accented[i]);
  if (accentedExacts.length) {
    queries.push(termQuery(accentedExacts, ["x"], (term, i, all) => open && accented[last] && i === all.length - 1));
  }
  if (fixedPairs.some(Boolean)) queries.push(termQuery(fixedPairs.filter(Boolean), ["p", "tp"]));
  if (openPairs) queries.push(termQuery(Array.from(openPairs.keys()), ["p", "tp"], false, openPairs));
  if (splitPairs.size) {
    const weights = new Map(Array.from(splitPairs.keys(), (pair) => [pair, SPLIT_WEIGHT]));
    queries.push(termQuery(Array.from(splitPairs.keys()), ["p", "tp"], false, weights));
  }
  if (forgiven.terms.size) {
    const weights = new Map(Array.from(forgiven.terms, ([term, found]) => [term, found.weight]));
    queries.push(termQuery(Array.from(weights.keys()), ["w", "tw"], false, weights));
  }
  if (forgiven.pairs.size) {
    const weights = new Map(Array.from(forgiven.pairs, ([pair, found]) => [pair, found.weight]));
    queries.push(termQuery(Array.from(weights.keys()), ["p", "tp"], false, weights));
  }
  const options = { boost: FIELD_BOOSTS };
  const found = new Map();
  const hitOf = (id) => {
    if (!found.has(id)) {
      found.set(id, { score: 0, covered: new Set(), credit: new Map(), whole: new Set(), pairs: new Set(), exact: new Set(),
                      corrected: new Map(), expanded: new Map(), direct: new Set(), synonyms: [],
                      matched: { terms: new Set(), exacts: new Set(), pairs: new Set(), heading: false, headingTerms: new Set() } });
    }
    return found.get(id);
  };
  const cover = (hit, i, strength = 1) => { // word i is there, as itself (or a synonym, or completed)
    credit(hit, i, strength);
    hit.whole.add(i);
  };
  const coverDirect = (hit, i, strength = 1) => { // word i is there as the reader typed it (or completed)
    cover(hit, i, strength);
    hit.direct.add(i);
  };
  const coverPair = (hit, i) => { // the pair of words i and i + 1: both are there
    hit.pairs.add(i);
    cover(hit, i);
    cover(hit, i + 1);
  };
  if (queries.length) {
    index.miniSearch.search({ combineWith: "OR", queries }, options).forEach((result) => {
      const hit = hitOf(result.id);
      const matched = new Set(result.queryTerms);
      hit.score += result.score;
      // Typed with marks, a word with other marks is another word ("Đông" is not "đồng"): weak evidence.
      const strength = (i) => (accented[i] && !matched.has(exacts[i]) ? CREDIT.otherMarks : 1);
      fixedTerms.forEach((term, i) => { if (matched.has(term)) coverDirect(hit, i, strength(i)); });
      // An unfinished word counts as much as it is typed of the word found ("ai" of "air": little).
      if (alone) {
        const completed = Math.max(0, ...result.queryTerms.map((term) => alone.get(term) || 0));
        if (completed) coverDirect(hit, last, Math.min(strength(last), completed));
      }
      result.queryTerms.forEach((term) => { if (inner.has(term)) inner.get(term).positions.forEach((i) => credit(hit, i, CREDIT.inner)); });
      exacts.forEach((exact, i) => { if (accented[i] && matched.has(exact)) { coverDirect(hit, i); hit.exact.add(i); } });
      fixedPairs.forEach((pair, i) => { if (pair && matched.has(pair)) coverPair(hit, i); });
      if (openPairs && result.queryTerms.some((term) => openPairs.has(term))) coverPair(hit, last - 1);
      splitPairs.forEach((i, pair) => { if (matched.has(pair)) cover(hit, i); });
      result.queryTerms.forEach((term) => {
        const typoOrRelated = forgiven.terms.get(term);
        if (typoOrRelated) typoOrRelated.sources.forEach((source) => forgive(hit, source));
        const pair = forgiven.pairs.get(term);
        if (pair) {
          hit.pairs.add(pair.pairIndex); // the typo and its neighbour, next to each other
          forgive(hit, pair.source);
          cover(hit, pair.source.position === pair.pairIndex ? pair.pairIndex + 1 : pair.pairIndex);
        }
      });
      collectMatches(hit.matched, result.match);
    });
  }
  expansions.forEach((expansion) => {
    index.miniSearch.search(phraseQuery(expansion.terms, index.fields), options).forEach((result) => {
      const hit = hitOf(result.id);
      hit.score += expansion.weight * result.score;
      hit.synonyms.push(expansion);
      for (let i = expansion.start; i < expansion.end; i += 1) {
        cover(hit, i, expansion.weight === ALIAS_WORD_WEIGHT ? CREDIT.aliasWord : CREDIT.synonym);
        if (i > expansion.start) hit.pairs.add(i - 1);
      }
      collectMatches(hit.matched, result.match);
    });
  });
  const accentedCount = accented.filter(Boolean).length;
  const hits = Array.from(found.entries(), ([id, hit]) => Object.assign(hit, { record: index.records.get(id) }));
  // A syllable of a word of the text (two neighbours of the query that the text has side by side: "chuyển
  // giao", "Biển Đông") found alone, without its neighbour, is most likely another word ("chuyển đổi").
  if (LONE_SYLLABLES[index.language]) {
    // A function word is no syllable of a word: "ký" of "đã ký" is the word "ký", whatever the text has after
    // "đã"; unless a record has it as three words in a row ("Bộ Ngoại giao": "bộ" is listed as a function word).
    const inTriple = (i) => hits.some((hit) => hit.pairs.has(i) && (hit.pairs.has(i - 1) || hit.pairs.has(i + 1)));
    const synonymPair = (i) => expansions.some((e) => e.start <= i && i + 1 < e.end);
    const wordPair = queryPairs.map((pair, i) => (textPair(pair) && ((!stop.has(i) && !stop.has(i + 1)) || inTriple(i)))
      || synonymPair(i));
    // How much the text holds query words i and i + 1 as one word: the Dice coefficient of their counts in
    // all the records, 2·f(ab) / (f(a) + f(b)) (a collocation measure: 1 when they never come apart); a
    // synonym phrase of the data is a word.
    const cohesion = (i) => (synonymPair(i) ? Infinity : 2 * totalFrequency(index.miniSearch, queryPairs[i], ["p", "tp"])
      / ((totalFrequency(index.miniSearch, terms[i], ["w", "tw"]) + totalFrequency(index.miniSearch, terms[i + 1], ["w", "tw"])) || 1));
    // Two words of the text may share a syllable of the query ("hai quốc hội": "hai quốc" of "hai quốc gia",
    // and "quốc hội"), but the reader typed one of them: the syllable belongs to the pair the text holds most
    // as a word (round 6), so a record with only the other pair has it as a lone syllable ("quốc" of "hai quốc
    // gia" is not the "quốc" of "quốc hội"). A record with the three in a row has both.
    const owner = new Map();
    for (let i = 1; i < wordPair.length; i += 1) {
      if (wordPair[i - 1] && wordPair[i]) owner.set(i, cohesion(i - 1) >= cohesion(i) ? i - 1 : i);
    }
    hits.forEach((hit) => hit.credit.forEach((strength, i) => {
      const inWord = wordPair[i - 1] || wordPair[i];
      const asWord = owner.has(i)
        ? hit.pairs.has(owner.get(i)) || (hit.pairs.has(i - 1) && hit.pairs.has(i))
        : (wordPair[i - 1] && hit.pairs.has(i - 1)) || (wordPair[i] && hit.pairs.has(i));
      if (inWord && !asWord) hit.credit.set(i, strength * CREDIT.loneSyllable);
    }));
  }
  // What each query word tells, by how few records have it (BM25's inverse document frequency): of two
  // records with some of the words, the one with the rarer word has more of what the reader asked for.
  // Function words count a tenth; neither they nor words that most clauses hold are required (issue 38).
  const clauses = clauseCount(index);
  const holders = terms.map((_, i) => hits.reduce((sum, hit) => sum + (hit.credit.get(i) || 0), 0));
  const clauseHolders = terms.map((_, i) => hits.filter((hit) => hit.record.kind === "clause" && hit.covered.has(i)).length);
  // A listed function word that few clauses hold tells them apart ("information", "research"): a word, but
  // counting RESCUED_WEIGHT of its rarity, so that the words that name what is asked about decide ("nói" of
  // "hai bên nói gì về Biển Đông?", "vì" of "khai thác biển vì mục đích hòa bình").
  const rescued = new Set();
  stop.forEach((i) => {
    if (!frame.has(i) && clauseHolders[i] > 0 && clauseHolders[i] < RARE_SHARE * clauses) { stop.delete(i); rescued.add(i); }
  });
  const common = terms.map((_, i) => clauseHolders[i] > COMMON_SHARE * clauses);
  let required = range(0, terms.length).filter((i) => !stop.has(i) && !common[i] && !rescued.has(i));
  if (!required.length) required = range(0, terms.length).filter((i) => !stop.has(i));
  const weights = holders.map((count, i) => idf(index.records.size, count)
    * (stop.has(i) ? STOP_WEIGHT : 1) * (rescued.has(i) ? RESCUED_WEIGHT : 1));
  const years = asks && index.questions && index.questions.year && stopPositions(index.questions.year, tokens).size
    ? yearHolders(index) : null;
  const yearWeight = years && years.size ? idf(index.records.size, years.size) : 0;
  const total = (weights.reduce((sum, weight) => sum + weight, 0) + yearWeight) || 1;
  // The phrase: every neighbouring pair of the words that are not function words.
  const phrasePairs = range(0, queryPairs.length).filter((i) => queryPairs[i] && !stop.has(i) && !stop.has(i + 1));
  const content = range(0, terms.length).filter((i) => !stop.has(i));
  const surfaces = surfaceChecks(index, tokens, terms, stop);
  const ranked = [];
  // A page about the text is the one asked for when its heading holds enough of the query (ASKED_FOR_SHARE).
  const inHeading = (hit) => weights.reduce((sum, weight, i) => (hit.covered.has(i)
    && hit.matched.headingTerms.has(terms[i]) ? sum + weight : sum), 0) / total;
  const askedFor = (hit) => !asks && hit.matched.heading && inHeading(hit) >= ASKED_FOR_SHARE;
  hits.forEach((hit) => {
    // A synonym (or a word of one) that the result has, for a query word it lacks: said with the result.
    hit.synonyms.forEach((expansion) => {
      if (range(expansion.start, expansion.end).some((i) => hit.direct.has(i))) return;
      if (!hit.expanded.has(expansion.start)) hit.expanded.set(expansion.start, new Set());
      hit.expanded.get(expansion.start).add(expansion.terms.text);
    });
    const sameForms = surfaces.filter((check) => hit.direct.has(check.position) && check.holds(hit.record)).length;
    if (!required.some((i) => hit.covered.has(i))) return;
    ranked.push({
      record: hit.record,
      score: hit.score,
      coverage: required.filter((i) => (hit.credit.get(i) || 0) >= COVERS).length / required.length,
      // Summed in query order: equal sets of words give equal shares, whatever order they were found in.
      share: (askedFor(hit) ? 1 : ABOUT_SHARE[hit.record.kind] ?? 1)
        * (weights.reduce((sum, weight, i) => sum + weight * (hit.credit.get(i) || 0), 0)
           + (yearWeight && years.has(hit.record.id) ? yearWeight : 0)) / total,
      whole: content.filter((i) => hit.whole.has(i)).length / (content.length || 1),
      phrase: phrasePairs.length ? Number(phrasePairs.every((i) => hit.pairs.has(i)))
        : Number(content.every((i) => hit.whole.has(i))),
      // Then the pairs with function words too ("có thời hạn", "tải về"): the reader's phrase as typed. Not
      // in a question: there they are its frame ("Belarus had" of "how long have Vietnam and Belarus had
      // relations?"), which any clause naming both countries matches.
      allPairs: asks ? phrasePairs.filter((i) => hit.pairs.has(i)).length : hit.pairs.size,
      // Accented words with the very accents typed; English words in the very form typed, where the stem is
      // shared with other words ("universities", not "universality").
      exactness: (accentedCount ? hit.exact.size / accentedCount : 0) + (surfaces.length ? sameForms / surfaces.length : 0),
      matched: hit.matched,
      miniSearch: index.miniSearch,
      analyzer: index.analyzer,
      functionWord: (word) => isStopWord(index.stopWords, word),
      // Query word position → the word of the text used for it: a corrected typo, words related to it.
      corrected: new Map(Array.from(hit.corrected, ([i, found]) => [i, found.surface])),
      expanded: hit.expanded,
      credits: Array.from(hit.credit),
    });
  });
  ranked.sort(compareResults);
  return namingWords === 1 ? alonePrefix(ranked) : ranked;
}

/** Where a result points: the same place in the reader's tree whichever language matched. */
function place(record) {
  return record.href;
}

/**
 * Both languages from either tree: the reader's language first; then what only the other language finds,
 * labelled by the caller, each record at most once. These must contain the whole query (each word, a
 * synonym of it, or a longer word holding it); single shared words ("an" in "an ninh") are not evidence
 * across languages. Then `partial`: the reader's records with only some of its words, the most of the query
 * first (README "Search": never empty when something relates); and when the reader's language has nothing at all
 * and the other has not the whole query, the other's records with some of it.
 */
export function searchAll(indexes, readerLanguage, query, options = {}) {
  const found = (indexes[readerLanguage] ? searchIndex(indexes[readerLanguage], query, options) : [])
    .map((result) => ({ ...result, language: readerLanguage }));
  const own = found.filter((result) => result.coverage === 1);
  const shown = new Set(own.map((result) => place(result.record)));
  const other = [];
  const otherPartial = [];
  Object.keys(indexes).forEach((language) => {
    if (language === readerLanguage) return;
    searchIndex(indexes[language], query, options).forEach((result) => {
      if (shown.has(place(result.record))) return;
      if (result.coverage < 1) { otherPartial.push({ ...result, language }); return; }
      shown.add(place(result.record));
      other.push({ ...result, language });
    });
  });
  // Only pages about the text have every word, in either language (a long page, a timeline entry, a chapter's
  // summary: by chance, or through a word that the clause says otherwise, "concluded" for "conclusion"): the
  // reader's clauses with more of the query than all of them join the first group, by share, rather than
  // coming after them (round 6).
  const isClause = (result) => result.record.kind === "clause";
  if (own.length && !own.some(isClause) && !other.some(isClause)) {
    const best = Math.max(...own.map((result) => result.share));
    found.filter((result) => result.coverage < 1 && isClause(result) && result.share > best + SAME_SHARE)
      .forEach((result) => { own.push(result); shown.add(place(result.record)); });
    own.sort(compareResults);
  }
  const partial = found.filter((result) => result.coverage < 1 && !shown.has(place(result.record)));
  // Nothing whole in either: the records of both with some of its words, the most of the query first (a
  // query typed in the other language, "quan hệ giữa hai Quốc hội" in the English pages, has most of its
  // words there). A place found in both is listed once, as the language that has more of the query.
  if (!own.length && !other.length) {
    const both = [...partial, ...otherPartial].sort(compareResults);
    partial.length = 0;
    both.forEach((result) => {
      if (shown.has(place(result.record))) return;
      shown.add(place(result.record));
      partial.push(result);
    });
  }
  return { own, other, partial };
}
