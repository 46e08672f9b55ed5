// A query that asks (issue 38, round 4): readers type questions without a question mark ("tuyên bố chung được
// làm bằng những thứ tiếng nào", "when did Vietnam and Belarus establish diplomatic relations"). Which words
// ask, and which name the text itself or its saying ("the statement", "nói", "mention"), is data
// (data/synonyms.yaml `questions`, per language): a question's words that name the text are its frame, not
// what it asks about, since every answer is in the text.
import { stopPositions, stopWordIndex } from "./stopwords.mjs";

/** The build's lists ({asking, opening, closing, about_text}: "a|b c|…"), matched as stopwords.mjs matches. */
export function questionIndex(lists) {
  if (!lists) return null;
  return Object.fromEntries(Object.entries(lists).map(([kind, list]) => [kind, stopWordIndex(list)]));
}

/**
 * The positions of the words that ask in `tokens` (words()): a word of `asking` anywhere ("what", "nào"), of
 * `opening` first ("does", "ai"), of `closing` last ("không" of "có … không", "chưa"). None, the query does not
 * ask by its words. A word typed in capitals is an acronym ("AI"), not a question word ("ai", who).
 */
export function askingPositions(questions, tokens) {
  if (!questions || !tokens.length) return new Set();
  const found = new Set([...stopPositions(questions.asking, tokens),
    ...firstRun(stopPositions(questions.opening, tokens)),
    ...lastRun(stopPositions(questions.closing, tokens), tokens.length - 1)]);
  tokens.forEach((token, i) => { if (/^\p{Lu}{2,}$/u.test(token.text)) found.delete(i); });
  return found;
}

/** The positions from 0 on with no gap. */
function firstRun(positions) {
  const run = new Set();
  for (let i = 0; positions.has(i); i += 1) run.add(i);
  return run;
}

/** The positions up to `last` with no gap. */
function lastRun(positions, last) {
  const run = new Set();
  for (let i = last; i >= 0 && positions.has(i); i -= 1) run.add(i);
  return run;
}

/**
 * The positions of words that name the text or its saying ("the statement", "say", "tuyên bố chung", "nói")
 * in a question: its frame. A word that makes a phrase of the text with a neighbour outside the frame is that
 * phrase's ("ghi" of "ghi nhận"), not the frame: `textPair(i)` says whether words i and i + 1 are one.
 */
export function framePositions(questions, tokens, textPair = () => false) {
  const found = new Set();
  if (!questions || !questions.about_text) return found;
  const listed = stopPositions(questions.about_text, tokens);
  // Each run of neighbouring frame words as one: "ký tuyên bố chung" is the text's phrase, the whole of it.
  listed.forEach((start) => {
    if (listed.has(start - 1)) return;
    let end = start;
    while (listed.has(end + 1)) end += 1;
    if ((start > 0 && textPair(start - 1)) || (end < tokens.length - 1 && textPair(end))) return;
    for (let i = start; i <= end; i += 1) found.add(i);
  });
  return found;
}
