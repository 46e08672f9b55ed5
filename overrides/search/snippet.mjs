// The piece of a record's text a result shows: the window of words with the most matches, the matched
// words marked as the text writes them (accents kept).
import { exactForm, fold, words } from "./text.mjs";

const WINDOW = 30; // words; about two lines of a phone's result list

/**
 * Which words of `text` the query matched, as flags per word. Where the reader typed accents and the record
 * has the word with those accents, only that form is marked ("động", not "đông" beside it).
 */
export function markedWords(tokens, matched, analyzer) {
  const terms = tokens.map((t) => analyzer.term(t.text));
  const exactlyFound = new Set(Array.from(matched.exacts, (exact) => fold(exact)));
  const marks = tokens.map((t, i) => matched.exacts.has(exactForm(t.text))
    || (matched.terms.has(terms[i]) && !exactlyFound.has(terms[i])));
  const inPair = tokens.map(() => false);
  for (let i = 1; i < tokens.length; i += 1) {
    if (!tokens[i].breakBefore && matched.pairs.has(`${terms[i - 1]} ${terms[i]}`)) {
      inPair[i - 1] = true;
      inPair[i] = true;
    }
  }
  return tokens.map((_, i) => ({ marked: marks[i] || inPair[i], phrase: inPair[i] }));
}

/**
 * [{text, marked}] pieces: the best window of the text, with "…" where it was cut. `firstMark` on the array
 * is where the first marked word starts in the text (for linking the segment it is in), or -1.
 */
export function snippet(text, matched, analyzer, size = WINDOW) {
  const tokens = words(text);
  const normal = text.normalize("NFC");
  if (!tokens.length) return Object.assign([{ text: normal, marked: false }], { firstMark: -1 });
  const flags = markedWords(tokens, matched, analyzer);
  const weight = flags.map((f) => (f.phrase ? 2 : f.marked ? 1 : 0));
  let best = 0;
  let bestScore = -1;
  let running = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    running += weight[i];
    if (i >= size) running -= weight[i - size];
    const start = Math.max(0, i - size + 1);
    if (running > bestScore) { bestScore = running; best = start; }
  }
  // Start a little before the first match in the window, so the match is read in its sentence.
  let first = best;
  while (first < Math.min(best + size, tokens.length) && !flags[first].marked) first += 1;
  const start = Math.max(0, Math.min(first - 4, tokens.length - size));
  const end = Math.min(tokens.length, start + size);
  const pieces = [];
  const from = start === 0 ? 0 : tokens[start].start;
  const to = end === tokens.length ? normal.length : tokens[end - 1].end;
  if (start > 0) pieces.push({ text: "… ", marked: false });
  pieces.firstMark = -1;
  let cursor = from;
  for (let i = start; i < end; i += 1) {
    if (!flags[i].marked) continue;
    if (tokens[i].start > cursor) pieces.push({ text: normal.slice(cursor, tokens[i].start), marked: false });
    // Neighbouring marked words of one phrase are marked as one piece.
    let last = i;
    while (last + 1 < end && flags[last + 1].marked && !tokens[last + 1].breakBefore) last += 1;
    if (pieces.firstMark < 0) pieces.firstMark = tokens[i].start;
    pieces.push({ text: normal.slice(tokens[i].start, tokens[last].end), marked: true });
    cursor = tokens[last].end;
    i = last;
  }
  if (cursor < to) pieces.push({ text: normal.slice(cursor, to), marked: false });
  if (end < tokens.length) pieces.push({ text: " …", marked: false });
  return pieces;
}
