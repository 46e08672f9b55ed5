// A query word the text does not have: the words of the text it was probably meant to be (a typo), and the
// words of the text that a lexical resource relates to it (a reader's word for the text's, README "Search").
// Both are weaker evidence than the reader's own word and are only sought for a word that is no word of the
// text, so an exact or completed word always outranks them.
import damerauLevenshtein from "damerau-levenshtein";
import SearchableMap from "minisearch/SearchableMap";

import { exactForm, fold } from "./text.mjs";

// Latin script (English, and names in either text): one edit from 5 letters, two from 9, as Meilisearch,
// Typesense and Algolia forgive. An adjacent swap ("logisitcs") is one edit, as in those engines, also beside
// another edit (Damerau–Levenshtein).
const LATIN_EDITS = [[9, 2], [5, 1]];
// A Vietnamese syllable folded without tones is at most 7 letters ("nghieng"); most differ from another
// syllable of the text by one substituted letter ("bong", "bang", "dong"), so a substitution is never a
// typo there: only a letter missing, doubled or added, or two neighbours swapped, in a syllable of 4+ letters
// ("bogn" → "bong", "khogn" → "khong", "ngui" → "nguoi"). Longer words in a Vietnamese index are names and
// foreign words, forgiven as Latin script.
const SYLLABLE_MIN_LETTERS = 4;
const SYLLABLE_MAX_LETTERS = 7;
// What a corrected word weighs against the word itself (1), by its edits; how many corrections are searched.
export const TYPO_WEIGHTS = [1, 0.3, 0.2];
// A typo of a longer word's beginning: a corrected word, completed (as an unfinished word is, engine.mjs).
export const BEGINNING_WEIGHT = 0.5;
const MAX_TYPOS = 6;
// A word of the text that the lexical resource relates to the reader's word (WordNet, at build time).
export const RELATED_WEIGHT = 0.4;

/** How many edits a folded word may have to be corrected, in an index of `language` (0: none). */
export function allowedEdits(language, folded) {
  const length = Array.from(folded).length;
  if (language === "vi" && length <= SYLLABLE_MAX_LETTERS) return length >= SYLLABLE_MIN_LETTERS ? 1 : 0;
  const rule = LATIN_EDITS.find(([letters]) => length >= letters);
  return rule ? rule[1] : 0;
}

/** `a` and `b` differ only by two neighbouring letters swapped. */
function swapped(a, b) {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  return first + 1 < a.length && a[first] === b[first + 1] && a[first + 1] === b[first]
    && a.slice(first + 2) === b.slice(first + 2);
}

/** Edits from `a` to `b` as readers make them: a letter missing, added or changed, or two neighbours
    swapped, each one edit (Damerau–Levenshtein, the npm damerau-levenshtein package). */
export function edits(a, b) {
  return damerauLevenshtein(a, b).steps;
}

/**
 * The words of the text within `allowed` edits of `folded` (Damerau: a swap is one edit, also beside another
 * edit: "agriuclture"), from `tree`: a SearchableMap of the words (or of their beginnings) → the words of the
 * text they stand for. MiniSearch's fuzzy search counts Levenshtein edits, a swap as two: it is asked for
 * twice as many, and each found word counted again.
 */
function fuzzyWords(tree, folded, allowed, syllable) {
  const found = [];
  tree.fuzzyGet(folded, 2 * allowed).forEach(([value], key) => {
    if (key === folded) return;
    const count = edits(folded, key);
    if (count > allowed) return;
    // In a syllable a substitution makes another syllable, not a typo: only a length change or a swap.
    if (syllable && key.length === folded.length && !swapped(folded, key)) return;
    value.forEach((surface) => found.push([surface, count]));
  });
  return found;
}

/**
 * The words of the text's beginnings, `length` letters ± `allowed`, → the words that begin so: a typo of
 * the beginning of a longer word ("parlament" for "parliament-ary"), for MiniSearch's fuzzy search.
 */
function beginnings(vocabulary, length, allowed) {
  vocabulary.beginnings = vocabulary.beginnings || new Map();
  if (!vocabulary.beginnings.has(length)) {
    const tree = new SearchableMap();
    vocabulary.surfaces.forEach((surface) => {
      for (let cut = length - allowed; cut <= length + allowed && cut < surface.length; cut += 1) {
        const beginning = surface.slice(0, cut);
        const words = tree.get(beginning);
        if (words) { if (words[words.length - 1] !== surface) words.push(surface); } else tree.set(beginning, [surface]);
      }
    });
    vocabulary.beginnings.set(length, tree);
  }
  return vocabulary.beginnings.get(length);
}

/**
 * The words of the text that `typed` is a typo of, as [[surface, edits, beginning], …], fewest edits first.
 * Found by MiniSearch's own fuzzy search (a Levenshtein automaton over its radix tree, SearchableMap.fuzzyGet)
 * on the words of the text as written; a swap, two edits to Levenshtein, is searched one further and counted
 * one. When no word is that close, a word of Latin script may be a typo of the beginning of a longer word
 * ("parlament": "parliamentary"), `beginning` true, weighed as a completion of a typo.
 */
export function typoCandidates(index, typed) {
  const folded = fold(typed);
  const allowed = allowedEdits(index.language, folded);
  if (!allowed) return [];
  const syllable = index.language === "vi" && Array.from(folded).length <= SYLLABLE_MAX_LETTERS;
  const vocabulary = index.vocabulary;
  if (!vocabulary.tree) vocabulary.tree = SearchableMap.from(vocabulary.surfaces.map((surface) => [surface, [surface]]));
  let found = fuzzyWords(vocabulary.tree, folded, allowed, syllable).map(([surface, edits]) => [surface, edits, false]);
  if (!found.length && !syllable) {
    const best = new Map();
    fuzzyWords(beginnings(vocabulary, folded.length, allowed), folded, allowed, false).forEach(([surface, edits]) => {
      if (!best.has(surface) || edits < best.get(surface)) best.set(surface, edits);
    });
    found = Array.from(best, ([surface, edits]) => [surface, edits, true]);
  }
  // Fewest edits first; of those, letters swapped (the same letters: the likeliest slip), then the closest
  // in length.
  const rank = ([surface, edits]) => [edits, Number(!swapped(folded, surface)), Math.abs(surface.length - folded.length)];
  return found.map((entry) => [rank(entry), entry])
    .sort(([a, x], [b, y]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (x[0] < y[0] ? -1 : 1))
    .map(([, entry]) => entry).slice(0, MAX_TYPOS);
}

/**
 * The words of the text that the build related to `typed` (from WordNet: synonyms, a more general or more
 * specific word, another form of it; statement_core/search/related_words.py). Keyed by the reader's word
 * folded; an inflected query word ("outbreaks") is found by its index term among the keys that begin with
 * it, so the page stems a handful of keys rather than every one.
 */
export function relatedWords(index, typed) {
  if (!wordTablesIn(index)) return [];
  const related = index.related && readersWords(index.related);
  if (!related || !related.keys.length) return [];
  const folded = fold(typed);
  if (related.words.has(folded)) return related.words.get(folded);
  const term = index.analyzer.term(typed);
  // The stem may end otherwise than the word ("factori" for "factory"): keys that begin as it does but for
  // its last letter.
  const beginning = term.slice(0, Math.max(3, term.length - 1));
  const { keys } = related;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keys[middle] < beginning) low = middle + 1; else high = middle;
  }
  for (let i = low; i < keys.length && keys[i].startsWith(beginning); i += 1) {
    if (index.analyzer.term(keys[i]) === term) return related.words.get(keys[i]);
  }
  return [];
}

/** The data's {textWord: "readerWord readerWord …"} turned round, when a search first needs it. */
function readersWords(related) {
  if (!related.words) {
    const words = new Map();
    Object.entries(related.leads).forEach(([textWord, readers]) => readers.split(" ").forEach((reader) => {
      if (!words.has(reader)) words.set(reader, []);
      words.get(reader).push(textWord);
    }));
    related.words = words;
    related.keys = Array.from(words.keys()).sort();
  }
  return related;
}

/**
 * Whether the tables only a query word that is no word of the text needs (the real words, the readers' words,
 * the synonym phrases' words) are in. The build writes them apart, search/<language>-words.js
 * (statement_core/search/index_file.py); until they are loaded (addWordTables) such a word adds nothing, and
 * asking for them calls index.wantWordTables, which the dialog sets to load them and redo the list.
 */
export function wordTablesIn(index) {
  if (!index.wordTablesApart) return true;
  if (index.wantWordTables) index.wantWordTables();
  return false;
}

/** index.related from the data's {textWord: "readerWord …"}, turned round on first use. */
export function relatedIndex(leads) {
  return leads ? { leads, words: null, keys: null } : null;
}

/** A list the build wrote as one string, split into a Set when a query first needs it. */
export function wordList(text, separator) {
  return text ? { text, separator, set: null } : null;
}

/**
 * `typed` is a word of the language (Hunspell's dictionary, statement_core/search/dictionary.mjs): never a typo of
 * a word of the text ("thuốc" is not "thúc"). A Vietnamese word is compared as typed, with its marks.
 */
export function isRealWord(index, typed) {
  if (!wordTablesIn(index)) return true; // not corrected before it is known not to be a word
  const list = index.realWords;
  if (!list) return false;
  if (!list.set) list.set = new Set(list.text.split(list.separator));
  return list.set.has(index.language === "vi" ? exactForm(typed) : fold(typed));
}
