// How search reads text and queries: words with their positions, Vietnamese folding, English stems, and the
// word pairs that make phrases count. Index and query go through these same functions, so they always agree.
import { stemmer } from "stemmer";

const MARKS = /[\u0300-\u036f]/g;
// Letters and digits; marks too, for text that arrives decomposed (NFD) before normalize() has run.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Punctuation that ends a phrase: two words either side of it are not a pair ("Việt Nam, Belarus").
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”«»…]/;

/** NFD, tone and vowel marks dropped, đ/Đ → d (NFD does not decompose đ), lower case. */
export function fold(text) {
  return text.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Lower case with every mark kept: what an accented query must match exactly. */
export function exactForm(text) {
  return text.normalize("NFC").toLowerCase();
}

/**
 * The words of `text` (NFC) with where they start and end, and whether punctuation separates each word from
 * the one before it. Offsets index the NFC string, so a snippet can mark the words in the text as written.
 */
export function words(text) {
  const normal = text.normalize("NFC");
  const found = [];
  let previousEnd = 0;
  for (const match of normal.matchAll(WORD)) {
    const start = match.index;
    found.push({
      text: match[0],
      start,
      end: start + match[0].length,
      breakBefore: found.length === 0 || PHRASE_BREAK.test(normal.slice(previousEnd, start)),
    });
    previousEnd = start + match[0].length;
  }
  return found;
}

/**
 * What a word becomes in an index of one language. Vietnamese: folded (readers type with or without
 * accents). English: folded and stemmed (Porter), so "agreements" finds "agreement". `exact`: the words are
 * also indexed with their accents. `inner`: a query word is also sought inside longer words of the text
 * (English compounds and derived forms; never in Vietnamese, whose words are syllables). `splitFrom`: the
 * shortest part of a query word written as one where the text has two words ("vietnam", "interbank").
 */
export const ANALYZERS = {
  vi: { language: "vi", term: (word) => fold(word), exact: true, inner: false, splitFrom: 2 },
  en: { language: "en", term: (word) => stemmer(fold(word)), exact: false, inner: true, splitFrom: 3 },
};

export function analyzer(language) {
  return ANALYZERS[language] || ANALYZERS.en;
}

/** "a b" for each two neighbouring words with no phrase break between them. */
export function pairs(tokens, termOf) {
  const result = [];
  for (let i = 1; i < tokens.length; i += 1) {
    if (!tokens[i].breakBefore) result.push(`${termOf(tokens[i - 1])} ${termOf(tokens[i])}`);
  }
  return result;
}
