// Unit tests of issue 30 in overrides/search/: typos forgiven by MiniSearch's fuzzy search under the
// edit-distance rules (1 edit from 5 letters, 2 from 9; a Vietnamese syllable of 4+ letters: a letter
// missing, added or swapped), ranked below the words of the text; words related by the build (WordNet);
// and what the dialog says of them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll, searchIndex } from "../../overrides/search/engine.mjs";
import { allowedEdits, typoCandidates, TYPO_WEIGHTS, RELATED_WEIGHT } from "../../overrides/search/forgiving.mjs";
import { presentation } from "../../overrides/search/ui.mjs";
import { clause } from "./records.mjs";

const EN = createIndex({
  language: "en",
  synonyms: [],
  related: { epidemics: "outbreak pandemic" },
  records: [
    clause("6", "Contacts", "Inter-parliamentary cooperation and the exchange of delegations."),
    clause("12", "Police", "Contacts between the police forces of the two sides."),
    clause("14", "Trade", "Logistics and the supply of goods."),
    clause("15", "Farming", "Agriculture and agricultural products."),
    clause("21", "Policy", "A common policy on research integrity."),
    clause("31", "Issues", "Epidemics, climate change and terrorism."),
  ],
});
const VI = createIndex({
  language: "vi",
  synonyms: [],
  records: [
    clause("5", "Học tập", "Học tập kinh nghiệm; bốn bên; bông hoa."),
    clause("23", "Giáo dục", "Cung cấp học bổng cho sinh viên."),
    clause("22", "Giao thông", "Vận tải hàng không và đường sắt."),
    clause("36", "Cộng đồng", "Cộng đồng người Việt tại Belarus."),
    clause("40", "Bang", "Quan hệ với các bang."),
  ],
});

const ids = (results) => results.map((result) => result.record.id);
const words = (index, typed) => typoCandidates(index, typed).map(([surface, edits]) => [surface, edits]);

test("Latin script: no edit below 5 letters, one from 5, two from 9", () => {
  assert.deepEqual(["plce", "polce", "polcie", "agricultr", "agricultre"].map((w) => allowedEdits("en", w)), [0, 1, 1, 2, 2]);
  assert.deepEqual(words(EN, "polce"), [["police", 1]], "5 letters: one letter missing");
  assert.deepEqual(words(EN, "plice"), [["police", 1]]);
  assert.deepEqual(words(EN, "plce"), [], "4 letters: never corrected");
  assert.deepEqual(words(EN, "pulyce"), [], "6 letters: two edits are too many");
  assert.deepEqual(words(EN, "agriclture"), [["agriculture", 1]]);
  assert.deepEqual(words(EN, "agrclture"), [["agriculture", 2]], "9 letters: two edits");
});

test("a swap of two neighbouring letters is one edit, as readers' engines count it", () => {
  assert.deepEqual(words(EN, "logisitcs"), [["logistics", 1]]);
  assert.deepEqual(words(EN, "polcie"), [["police", 1]], "6 letters, one swap: corrected");
});

test("Vietnamese syllables: a letter missing, added or swapped from 4 letters; a substitution is another word", () => {
  assert.deepEqual(["hoc", "bogn", "nguoi", "nghieng", "belaruss"].map((w) => allowedEdits("vi", w)), [0, 1, 1, 1, 1]);
  assert.deepEqual(words(VI, "bogn"), [["bong", 1], ["bon", 1]], "swapped first, then a letter added");
  assert.deepEqual(words(VI, "khogn"), [["khong", 1]]);
  assert.deepEqual(words(VI, "ngui"), [["nguoi", 1]], "missing");
  assert.deepEqual(words(VI, "nguooi"), [["nguoi", 1]], "doubled");
  assert.deepEqual(words(VI, "bing"), [], "bing → bang or bong would be a substitution: another syllable");
  assert.deepEqual(words(VI, "hco"), [], "3 letters: never corrected");
});

test("a typo finds the clause, ranked as its correction, and says what it was corrected to", () => {
  const results = searchIndex(VI, "hoc bogn");
  assert.equal(ids(results)[0], "23", "the phrase học bổng, through the corrected word");
  assert.equal(results[0].corrected.get(1), "bong");
  assert.equal(ids(searchIndex(EN, "logisitcs"))[0], "14");
  assert.equal(ids(searchIndex(EN, "parlament"))[0], "6", "a typo of a longer word's beginning");
  assert.equal(ids(searchIndex(VI, "hang khogn"))[0], "22");
});

test("a word of the text is never corrected: the exact or completed word outranks any typo", () => {
  const exact = searchIndex(EN, "police");
  assert.equal(ids(exact)[0], "12");
  assert.ok(exact.every((result) => !result.corrected.size), "'policy', one edit away, is no correction");
  const typing = searchIndex(EN, "polic", { typing: true });
  assert.deepEqual(ids(typing).sort(), ["12", "21"], "completions, not corrections");
  assert.ok(typing.every((result) => !result.corrected.size));
  // The same record found by the word and by its typo: the typo counts less, and never as the word itself
  // (`whole`, which ranks before the score), so a record with the words typed right comes first.
  const [right] = searchIndex(EN, "logistics");
  const [typo] = searchIndex(EN, "logisitcs");
  assert.ok(right.whole === 1 && typo.whole === 0 && typo.score < right.score);
  const mixed = searchIndex(EN, "climate terorism");
  assert.equal(ids(mixed)[0], "31");
  assert.ok(TYPO_WEIGHTS[1] < 1 && TYPO_WEIGHTS[2] < TYPO_WEIGHTS[1]);
});

test("a reader's word related by the build finds the text's word, below it, and nothing else", () => {
  const results = searchIndex(EN, "outbreaks");
  assert.deepEqual(ids(results), ["31"]);
  assert.deepEqual(Array.from(results[0].expanded.get(0)), ["epidemics"]);
  assert.ok(RELATED_WEIGHT < 1);
  assert.deepEqual(ids(searchIndex(EN, "volcano")), [], "a word related to nothing in the text adds nothing");
  assert.deepEqual(ids(searchIndex(EN, "pandemic")), ["31"], "found by its key itself");
});

const LABELS = {
  labelNone: "No results for “{query}”.", labelCount: "{count} results", labelCountOne: "1 result",
  labelNoneWhole: "No result has every word of “{query}”; {count} have some of them.",
  labelPartial: "Matching only some of the words", labelFoundInVi: "Found in the Vietnamese text",
  labelFoundInEn: "Found in the English translation",
  labelCorrected: "Showing results for {query}", labelAlsoMatching: "Also matching: {words}",
};

test("the dialog says which corrected or related words the first result was found by, in the text's spelling", () => {
  const corrected = presentation(searchAll({ vi: VI }, "vi", "hoc bogn"), LABELS, "hoc bogn");
  assert.deepEqual(corrected.notes, [{ template: LABELS.labelCorrected, placeholder: "query", value: "hoc bổng" }]);
  const related = presentation(searchAll({ en: EN }, "en", "outbreaks"), LABELS, "outbreaks");
  assert.deepEqual(related.notes, [{ template: LABELS.labelAlsoMatching, placeholder: "words", value: "epidemics" }]);
  assert.deepEqual(presentation(searchAll({ en: EN }, "en", "police"), LABELS, "police").notes, []);
});
