// Function and question words (issue 38): "what", "can", "is", "được", "gì", "không", "năm nào". A reader
// asks the search a question ("hai nước có chuyến bay thẳng không?"); its words that ask rather than name
// are never required, so the clause that answers comes first. The words are the maintained stopwords-iso
// list of each language (statement_core/search/dictionary.mjs, pinned), some of them phrases ("bao giờ"); a word
// of the list that tells the records apart is not one of them here: engine.mjs weighs each word by how
// many records hold it, and drops only words the list names that are rare neither in the text nor absent.
import { exactForm, fold, words } from "./text.mjs";

/** The build's list ("a|bao giờ|…"), turned into phrases by their first word when a query first needs it. */
export function stopWordIndex(list) {
  return list ? { list, byFirst: null } : null;
}

function phrases(stopWords) {
  if (!stopWords.byFirst) {
    const byFirst = new Map();
    stopWords.list.split("|").forEach((phrase) => {
      const tokens = words(phrase).map((token) => exactForm(token.text));
      if (!tokens.length) return;
      const key = fold(tokens[0]);
      if (!byFirst.has(key)) byFirst.set(key, []);
      byFirst.get(key).push({ exact: tokens, folded: tokens.map(fold) });
    });
    byFirst.forEach((list) => list.sort((a, b) => b.exact.length - a.exact.length));
    stopWords.byFirst = byFirst;
  }
  return stopWords.byFirst;
}

/** Whether `word` on its own is a word of the list (not only the first of a phrase of it), by its folded form. */
export function isStopWord(stopWords, word) {
  return Boolean(stopWords) && (phrases(stopWords).get(fold(word)) || []).some((phrase) => phrase.exact.length === 1);
}

/**
 * The positions of `tokens` (words()) that are function words, the longest phrase of the list first. A word
 * typed with its marks must be the listed word with those marks ("năm", not "nam" of "Việt Nam"); one typed
 * without marks matches the listed word folded.
 */
export function stopPositions(stopWords, tokens, inTextPhrase = () => false) {
  const found = new Set();
  if (!stopWords || !tokens.length) return found;
  const byFirst = phrases(stopWords);
  const exacts = tokens.map((token) => exactForm(token.text));
  const foldeds = exacts.map(fold);
  const same = (i, exact, folded) => (exacts[i] === foldeds[i] ? foldeds[i] === folded : exacts[i] === exact);
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = (byFirst.get(foldeds[i]) || []).find((candidate) => candidate.exact.length <= tokens.length - i
      && candidate.exact.every((exact, k) => same(i + k, exact, candidate.folded[k])));
    if (!phrase) continue;
    const positions = Array.from(phrase.exact, (_, k) => i + k);
    // Typed without marks, a listed word may be another word folded alike ("nhan dan" is "nhân dân", not
    // "nhận"): when it makes a phrase of the text with a neighbour, it is that phrase's word.
    const folded = positions.some((position, k) => exacts[position] !== phrase.exact[k]);
    if (!folded || !positions.some((position) => inTextPhrase(position))) positions.forEach((position) => found.add(position));
    i += phrase.exact.length - 1;
  }
  return found;
}
