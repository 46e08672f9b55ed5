// The real words of each language that a reader's typo of a word of the text could be (issue 38): a word of
// the language is never "corrected" ("thuốc" is not a typo of "thúc", "policy" not of "police"); the page
// (overrides/search/forgiving.mjs) forgives a query word only when it is no word of this list. Which words
// are real is Hunspell's answer, from the maintained dictionaries (npm dictionary-en and dictionary-vi,
// read by nspell, all pinned in package-lock.json), asked at build time, so the page gets only the words
// that can matter: those within the edits it forgives of a word of the text (engine's rules, forgiving.mjs):
//   English and other Latin script: one edit (a letter missing, added, changed, or two neighbours swapped)
//     of a word of the text, from 5 letters; and every word of the dictionary, from 9 letters, that the
//     page would correct with two edits ("monuments", two from "documents"): found among the dictionary's
//     words by their deletions (a word two edits from another shares a form with two letters deleted from
//     each), then asked of the page's own typoCandidates, so the list holds exactly those it could touch;
//   a Vietnamese syllable, folded: a letter missing, added or two swapped, 4 to 7 letters; listed as the
//     dictionary writes them, with their marks (a reader who typed "thuoc" without them made no choice).
// With them, each language's function and question words ("what", "can", "được", "gì", "nào"), from the
// maintained stopwords-iso lists (pinned): a query word of these is never required (engine.mjs), unless it
// tells clauses apart (the page decides, from how many records have it).
// Input on stdin: {records: {<language>: [record, …]}} (SearchRecord.as_json); output:
// {<language>: {real: [word, …], stop: [word or phrase, …]}}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import english from "dictionary-en";
import vietnamese from "dictionary-vi";
import nspell from "nspell";

import { allowedEdits, typoCandidates } from "../../overrides/search/forgiving.mjs";
import { fold, words } from "../../overrides/search/text.mjs";

const STOPWORDS = createRequire(import.meta.url)("stopwords-iso/stopwords-iso.json");

const LATIN = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit from `word` over `alphabet`: deletions, swaps, and (unless `lengthOnly`) insertions
    and substitutions; `lengthOnly` leaves substitutions out (a Vietnamese syllable's rule). */
function oneEdit(word, alphabet, lengthOnly) {
  const found = new Set();
  for (let i = 0; i <= word.length; i += 1) {
    if (i < word.length) found.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) found.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of alphabet) {
      found.add(word.slice(0, i) + letter + word.slice(i));
      if (!lengthOnly && i < word.length) found.add(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  found.delete(word);
  return found;
}

/** `word` and the strings with one or two of its letters deleted. */
function deletions(word) {
  const found = new Set([word]);
  for (let round = 0; round < 2; round += 1) {
    Array.from(found).forEach((form) => {
      for (let i = 0; i < form.length; i += 1) found.add(form.slice(0, i) + form.slice(i + 1));
    });
  }
  return found;
}

/** The dictionary's words the page would correct with two edits: those with a deleted form shared with a
    word of the text or its beginning (a typo of a longer word's beginning), confirmed by typoCandidates. */
function twoEditWords(speller, textWords, known) {
  const shared = new Set();
  textWords.forEach((word) => {
    if (!/^[a-z]+$/.test(word) || word.length < 7) return;
    for (let cut = 7; cut <= word.length; cut += 1) deletions(word.slice(0, cut)).forEach((form) => shared.add(form));
  });
  const index = { language: "en", vocabulary: { surfaces: textWords } };
  const found = new Set();
  Object.keys(speller.data).forEach((entry) => {
    const word = entry.toLowerCase();
    if (!/^[a-z]+$/.test(word) || known.has(word) || found.has(word) || allowedEdits("en", word) < 2) return;
    if (!Array.from(deletions(word)).some((form) => shared.has(form))) return;
    if (typoCandidates(index, word).length) found.add(word);
  });
  return found;
}

function englishWords(textWords) {
  const speller = nspell(english);
  const known = new Set(textWords);
  const real = twoEditWords(speller, textWords, known);
  textWords.forEach((word) => {
    if (!/^[a-z]+$/.test(word)) return;
    oneEdit(word, LATIN, false).forEach((candidate) => {
      if (known.has(candidate) || real.has(candidate) || allowedEdits("en", candidate) < 1) return;
      const capital = candidate[0].toUpperCase() + candidate.slice(1);
      if (speller.correct(candidate) || speller.correct(capital)) real.add(candidate);
    });
  });
  return real;
}

function vietnameseWords(textWords) {
  // The Vietnamese dictionary is a list of syllables (its affix file has no rules): by their folded form.
  const byFolded = new Map();
  Buffer.from(vietnamese.dic).toString("utf-8").split("\n").slice(1).forEach((line) => {
    const word = line.split("/")[0].trim().normalize("NFC").toLowerCase();
    if (!word || /\s/.test(word)) return;
    const folded = fold(word);
    if (!byFolded.has(folded)) byFolded.set(folded, new Set());
    byFolded.get(folded).add(word);
  });
  const known = new Set(textWords);
  const letters = Array.from(new Set(Array.from(byFolded.keys()).join(""))).join("");
  const real = new Set();
  textWords.forEach((word) => {
    if (word.length > 7) return; // a name or a foreign word: Latin script's rule, no Vietnamese syllable
    oneEdit(word, letters, true).forEach((candidate) => {
      if (known.has(candidate) || allowedEdits("vi", candidate) < 1) return;
      (byFolded.get(candidate) || []).forEach((form) => real.add(form));
    });
  });
  return real;
}

/** The folded words of the records, as the page's vocabulary has them (engine.mjs recordReader). */
function textWordsOf(records) {
  const found = new Set();
  records.forEach((record) => words(`${record.label || ""} ${record.title || ""} ${record.text || ""}`)
    .forEach((token) => found.add(fold(token.text))));
  return Array.from(found);
}

const input = JSON.parse(readFileSync(0, "utf-8"));
const output = {};
Object.entries(input.records).forEach(([language, records]) => {
  const textWords = textWordsOf(records);
  const real = language === "vi" ? vietnameseWords(textWords) : englishWords(textWords);
  const stop = (STOPWORDS[language] || []).map((word) => word.normalize("NFC").toLowerCase());
  output[language] = { real: Array.from(real).sort(), stop: Array.from(new Set(stop)).sort() };
});
process.stdout.write(JSON.stringify(output));
