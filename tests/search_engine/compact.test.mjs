// The compact form of a large collection's index (overrides/search/compact.mjs): smaller than MiniSearch's
// own serialised form, and searched exactly as MiniSearch's own loadJS of that form is (every score).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import MiniSearch from "minisearch";

import { compactIndex, loadCompactIndex, termFrequency } from "../../overrides/search/compact.mjs";
import { addTexts, createIndex, indexBuilder, searchAll } from "../../overrides/search/engine.mjs";
import { analyzer, pairs, words } from "../../overrides/search/text.mjs";

const OPTIONS = { stringifyField: (tokens) => tokens, tokenize: (tokens) => tokens, processTerm: (term) => term || null };

// The paragraphs of the sources (the official Vietnamese text; the English press report), repeated as the
// records of a larger collection.
const SOURCES = { vi: "003_a895c28e3afb5b87.txt", en: "000_9ed57b72c5772c0e.txt" };

function collection(language, copies) {
  const text = readFileSync(new URL(`../../sources/${SOURCES[language]}`, import.meta.url), "utf8");
  const paragraphs = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const records = [];
  for (let copy = 0; copy < copies; copy += 1) {
    paragraphs.forEach((paragraph, i) => records.push({ id: `clause:${copy}:${i}`, kind: "clause", label: `${i}`, title: "", text: paragraph, href: `${copy}/#${i}` }));
  }
  return { language, synonyms: [], records };
}

for (const language of ["vi", "en"]) {
  test(`a ${language} index in the compact form searches as MiniSearch's own serialised form does`, () => {
    const data = collection(language, 5);
    assert.ok(data.records.length >= 150);
    const builder = indexBuilder(language);
    builder.add(data.records);
    const own = builder.miniSearch.toJSON();
    const ids = data.records.map((record) => record.id);
    const compact = JSON.parse(JSON.stringify(compactIndex(own, ids)));
    assert.ok(JSON.stringify(compact).length < JSON.stringify(own).length / 2, "less than half the size");
    const fields = Object.keys(own.fieldIds);
    const reference = MiniSearch.loadJS(JSON.parse(JSON.stringify(own)), { fields, ...OPTIONS });
    const loaded = loadCompactIndex(compact, ids, { fields, ...OPTIONS });
    for (const term of Array.from(reference._index.keys()).slice(0, 400)) {
      const query = { queries: [term], fields, prefix: term.length > 3, tokenize: (t) => [t], processTerm: (t) => t };
      assert.deepEqual(loaded.search(query), reference.search(query), term);
    }
    const page = createIndex({ ...data, ...JSON.parse(JSON.stringify(builder.serialise())) });
    const query = language === "vi" ? "hợp tác kinh tế" : "economic cooperation";
    assert.ok(searchAll({ [language]: page }, language, query).own.length > 0);
  });
}

test("an index whose documents are not the records in their order is refused", () => {
  const builder = indexBuilder("en");
  builder.add([{ id: "a", kind: "clause", text: "trade" }, { id: "b", kind: "clause", text: "investment" }]);
  assert.throws(() => compactIndex(builder.miniSearch.toJSON(), ["b", "a"]), /not the records/);
  assert.throws(() => loadCompactIndex({ format: "other" }, [], {}), /unknown format/);
});

// Ranking counts a result's phrase from the index (engine.mjs phraseCount), so it is the same before a large
// collection's texts are in and after; the count is the text's own, in both forms of the index.
test("a pair's count in a record is read alike from the index built and the index loaded, and is the text's", () => {
  const data = collection("vi", 2);
  const builder = indexBuilder("vi");
  builder.add(data.records);
  const ids = data.records.map((record) => record.id);
  const compact = JSON.parse(JSON.stringify(compactIndex(builder.miniSearch.toJSON(), ids)));
  const loaded = loadCompactIndex(compact, ids, { fields: Object.keys(compact.fieldIds), ...OPTIONS });
  const term = (token) => analyzer("vi").term(token.text);
  let counted = 0;
  for (const record of data.records.slice(0, 40)) {
    const all = pairs(words(record.text), term);
    for (const pair of new Set(all)) {
      const expected = all.filter((other) => other === pair).length;
      assert.equal(termFrequency(builder.miniSearch, pair, ["p", "tp"], record.id), expected, pair);
      assert.equal(termFrequency(loaded, pair, ["p", "tp"], record.id), expected, pair);
      counted += expected > 1 ? 1 : 0;
    }
  }
  assert.ok(counted > 5, "some pairs come back in one record");
  assert.equal(termFrequency(loaded, "no such pair", ["p"], ids[0]), 0);
});

test("the texts of a large collection come apart: results are found and ranked alike before and after", () => {
  const data = collection("en", 5);
  const builder = indexBuilder("en");
  builder.add(data.records);
  const serialised = JSON.parse(JSON.stringify(builder.serialise()));
  const whole = createIndex({ ...data, ...serialised });
  const apart = createIndex({ ...data, records: data.records.map(({ text, ...rest }) => rest), texts: "en-texts.js", ...serialised });
  assert.equal(apart.textsApart, "en-texts.js");
  const ranked = (index, query) => searchAll({ en: index }, "en", query).own.map((result) => result.record.id);
  for (const query of ["economic cooperation", "Vietnam Belarus", "trade turnover", "investment projects"]) {
    assert.deepEqual(ranked(apart, query), ranked(whole, query), query);
  }
  assert.throws(() => addTexts(apart, ["one"]), /1 texts for/);
  addTexts(apart, data.records.map((record) => record.text));
  assert.equal(apart.textsApart, null);
  assert.equal(apart.records.get(data.records[3].id).text, data.records[3].text);
});
