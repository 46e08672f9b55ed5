// Unit tests of issue 22 in overrides/search/: records with some of the words, words inside longer words,
// the headings and status the dialog shows for them, and the index serialised at build time.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, indexBuilder, innerWords, sameRoot, searchAll, searchIndex, splitWord } from "../../overrides/search/engine.mjs";
import { presentation } from "../../overrides/search/ui.mjs";
import { clause } from "./records.mjs";

const EN_DATA = {
  language: "en",
  synonyms: [],
  records: [
    clause("16", "Trade infrastructure", "Logistics, transport of goods and interbank cooperation."),
    clause("25", "Justice", "The Agreement on the Transfer of Persons Sentenced to Imprisonment."),
    clause("29", "People", "Documents establishing twinning relations between localities, and direct flights."),
    clause("30", "Banks", "The bank of the two sides."),
    clause("31", "Issues", "Terrorism, transnational crime and cybercrime."),
  ],
};
// Word forms and words written as one (issue 22, second round): a fixture of their own.
const FORMS = createIndex({
  ...EN_DATA,
  records: [
    clause("6", "Contacts", "Inter-parliamentary cooperation and delegations."),
    clause("28", "Heritage", "The promotion of tourism and cultural heritage."),
    clause("13", "Economy", "The Agreement on the Promotion and Protection of Investments."),
    clause("14", "Business", "Support for investors and enterprises of the other side."),
  ],
});
const EN = createIndex(EN_DATA);
const VI = createIndex({
  language: "vi",
  records: [
    clause("16", "Hạ tầng", "Hợp tác liên ngân hàng giữa hai bên."),
    clause("40", "Nhân", "Hai bên tăng cường giao lưu nhân dân."),
  ],
});
const ids = (results) => results.map((result) => result.record.id);
const LABELS = {
  labelNone: "No results for “{query}”.", labelCount: "{count} results", labelCountOne: "1 result",
  labelNoneWhole: "No result has every word of “{query}”; {count} have some of them.",
  labelPartial: "Matching only some of the words", labelFoundInVi: "Found in the Vietnamese text",
};

test("a query with a word the text does not use still lists the records with its other words", () => {
  const found = searchAll({ en: EN }, "en", "town twinning");
  assert.deepEqual(ids(found.own), []);
  assert.deepEqual(ids(found.partial), ["29"]);
  assert.equal(found.partial[0].coverage, 0.5);
});

test("records with some words come after those with all, the rarer words first", () => {
  const found = searchAll({ en: EN }, "en", "direct flights transport");
  assert.deepEqual(ids(found.own), []);
  // "direct" and "flights" are both in 29 only; "transport" in 16 only: two words of three beat one.
  assert.deepEqual(ids(found.partial), ["29", "16"]);
  const whole = searchAll({ en: EN }, "en", "interbank cooperation");
  assert.deepEqual(ids(whole.own), ["16"]);
  assert.ok(whole.partial.every((result) => result.coverage < 1));
});

test("an English word is found inside longer words of the text, below the word itself", () => {
  assert.deepEqual(ids(searchIndex(EN, "prisoners")), ["25"], "prison(ers) inside imprisonment");
  assert.deepEqual(ids(searchIndex(EN, "bank")), ["30", "16"], "bank itself, then interbank");
  const [own, inner] = searchIndex(EN, "bank");
  assert.ok(own.whole === 1 && inner.whole === 0 && inner.coverage === 1);
  assert.deepEqual(ids(searchAll({ en: EN }, "en", "bank payments").partial), ["30", "16"]);
  assert.ok(innerWords(EN, "cyber").has("cybercrim"), "a stem of a longer word");
  assert.equal(innerWords(EN, "art").size, 0, "too short to look inside words");
  assert.equal(innerWords(EN, "ties").size, 0, "'ties' is only the plural ending of 'localities', not inside its stem");
});

test("a Vietnamese syllable is never matched inside another", () => {
  assert.equal(innerWords(VI, "ngân").size, 0);
  assert.deepEqual(ids(searchIndex(VI, "ngân hàng")), ["16"]);
  assert.deepEqual(ids(searchIndex(VI, "an")), [], "'an' is in 'ngân' and 'nhân', as no word of its own");
});

test("the dialog heads partial matches, and offers other pages only when nothing relates", () => {
  const partial = presentation(searchAll({ en: EN }, "en", "town twinning"), LABELS, "town twinning");
  assert.deepEqual(partial.groups.map((group) => group.heading), ["Matching only some of the words"]);
  assert.equal(partial.status, "No result has every word of “town twinning”; 1 have some of them.");
  assert.equal(partial.browse, false);
  const mixed = presentation(searchAll({ en: EN }, "en", "interbank cooperation"), LABELS, "interbank cooperation");
  assert.equal(mixed.groups[0].heading, "", "records with the whole query come first, unheaded");
  assert.equal(mixed.status, "1 result");
  const nothing = presentation(searchAll({ en: EN }, "en", "zebra"), LABELS, "zebra");
  assert.deepEqual(nothing.groups, []);
  assert.equal(nothing.status, "No results for “zebra”.");
  assert.equal(nothing.browse, true);
});

test("an index serialised at build time searches exactly as one built in the page", () => {
  const builder = indexBuilder("en");
  builder.add(EN_DATA.records.slice(0, 2)); // added in steps, as the build does
  builder.add(EN_DATA.records.slice(2));
  const serialised = JSON.parse(JSON.stringify({ ...EN_DATA, ...builder.serialise() }));
  const loaded = createIndex(serialised);
  for (const query of ["bank", "prisoners", "town twinning", "transnational crime", "cyber"]) {
    const strip = (results) => results.map(({ record, score, coverage, share, phrase }) => [record.id, score, coverage, share, phrase]);
    assert.deepEqual(strip(searchIndex(loaded, query)), strip(searchIndex(EN, query)), query);
  }
  assert.deepEqual(loaded.vocabulary.surfaces, EN.vocabulary.surfaces);
});

test("another form of an English word of the same root is found, below the word itself", () => {
  assert.ok(sameRoot("tourists", "tourism") && sameRoot("investor", "investments"));
  assert.ok(!sameRoot("transport", "transfer") && !sameRoot("interaction", "international"), "one beginning, not one root");
  assert.deepEqual(ids(searchIndex(FORMS, "tourists")), ["28"], "tourism: a stem the stemmer keeps apart");
  // Both words of the query in 13 (investments, protection) beat the query's own word alone in 14.
  assert.deepEqual(ids(searchAll({ en: FORMS }, "en", "investor protection").own), ["13"]);
  assert.deepEqual(ids(searchIndex(FORMS, "investor")), ["14", "13"]);
});

test("a query word written as one where the text has two words finds them", () => {
  assert.deepEqual(splitWord(FORMS, "interparliamentary"), ["inter", "parliamentari"]);
  assert.equal(splitWord(FORMS, "cooperation"), null, "a word of the text is never split");
  assert.deepEqual(ids(searchIndex(FORMS, "interparliamentary")), ["6"]);
  const vi = createIndex({ language: "vi", records: [clause("1", "Quan hệ", "Việt Nam và Belarus thiết lập quan hệ ngoại giao.")] });
  assert.deepEqual(splitWord(vi, "vietnam"), ["viet", "nam"]);
  assert.deepEqual(ids(searchIndex(vi, "vietnam")), ["1"]);
  assert.equal(splitWord(vi, "ngân"), null);
});
