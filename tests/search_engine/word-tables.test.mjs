// The word tables apart (issue 38, point 6): the real words, the readers' words and the synonym phrases' words
// are written to search/<language>-words.js and loaded only when a query first has a word that is no word of
// the text. Until then the words of the text rank as ever and such a word adds nothing (it is not "corrected");
// once they are in, the results are those of an index that had them all along.
import assert from "node:assert/strict";
import { test } from "node:test";

import { addWordTables, createIndex, searchAll } from "../../overrides/search/engine.mjs";
import { clause } from "./records.mjs";

const TABLES = {
  vi: { realWords: "thuốc", aliasPhrases: [[0, "dược phẩm"], [0, "thuốc men"]] },
  en: { realWords: "universe", related: { epidemics: "outbreak outbreaks" }, aliasPhrases: [[1, "migrant workers"]] },
};
const SYNONYMS = [["dược phẩm", "thuốc men"], ["temporary employment", "migrant workers"]];
const RECORDS = {
  vi: [
    clause("5", "Mục tiêu", "Việt Nam và Belarus thúc đẩy hợp tác ở khu vực."),
    clause("14", "Đầu tư", "Hợp tác công nghiệp, y tế, dược phẩm của Belarus."),
  ],
  en: [
    clause("24", "Temporary labour", "The temporary employment of citizens of Viet Nam in Belarus."),
    clause("31", "Health", "Preventing epidemics and the universal health of both peoples."),
  ],
};
const data = (language) => ({ language, synonyms: SYNONYMS, stopWords: "và|của|the|of", records: RECORDS[language] });

/** Both languages' indexes with their tables apart, each counting how often a search asked for them. */
function apart() {
  const asked = { vi: 0, en: 0 };
  const indexes = {};
  ["vi", "en"].forEach((language) => {
    indexes[language] = createIndex({ ...data(language), wordTables: `${language}-words.js` });
    indexes[language].wantWordTables = () => { asked[language] += 1; };
  });
  return { indexes, asked };
}

const inline = { vi: createIndex({ ...data("vi"), ...TABLES.vi }), en: createIndex({ ...data("en"), ...TABLES.en }) };
// What a result is, as the dialog shows it: the record, how much of the query, and what it says it matched.
const shown = (found) => ["own", "other", "partial"].map((group) => found[group].map((result) => [
  result.record.id, result.coverage, result.share, [...result.corrected], [...result.expanded].map(([i, s]) => [i, [...s]])]));

test("a query of words of the text never asks for that language's word tables", () => {
  const { indexes, asked } = apart();
  for (const [tree, query] of [["vi", "hợp tác"], ["vi", "thúc đẩy"], ["en", "temporary employment"], ["en", "health"]]) {
    assert.deepEqual(shown(searchAll(indexes, tree, query)), shown(searchAll(inline, tree, query)), query);
  }
  // The other language's index is searched too, and a word of the reader's text is none of its own: it asks for
  // its own tables (a Vietnamese syllable may be an English typo), never for the reader's.
  assert.ok(asked.vi > 0 && asked.en > 0);
  const own = apart();
  searchAll({ vi: own.indexes.vi }, "vi", "hợp tác");
  searchAll({ en: own.indexes.en }, "en", "temporary employment");
  assert.deepEqual(own.asked, { vi: 0, en: 0 });
});

test("a word that is no word of the text asks for them; until they are in it adds nothing and is not corrected", () => {
  const { indexes, asked } = apart();
  const waiting = searchAll(indexes, "vi", "thuốc");
  assert.ok(asked.vi > 0, "the Vietnamese tables are asked for");
  assert.ok([...waiting.own, ...waiting.partial].every((result) => !result.corrected.size), "'thuốc' is not 'thúc'");
  assert.deepEqual(searchAll(indexes, "vi", "công nghiệp thuốc").partial.map((result) => result.record.id), ["14"],
                   "the words of the text still find their clause");
  ["vi", "en"].forEach((language) => addWordTables(indexes[language], TABLES[language]));
  for (const [tree, query] of [["vi", "thuốc"], ["vi", "công nghiệp thuốc"], ["en", "migrant"], ["en", "outbreaks"],
                               ["en", "universe"], ["en", "temporray employment"]]) {
    assert.deepEqual(shown(searchAll(indexes, tree, query)), shown(searchAll(inline, tree, query)), query);
  }
  assert.deepEqual(searchAll(indexes, "vi", "thuốc").own.map((result) => result.record.id), ["14"]);
  assert.deepEqual(searchAll(indexes, "en", "outbreaks").own.map((result) => result.record.id), ["31"]);
});
