// Unit tests of overrides/search/text.mjs: folding, words, stems and pairs, exactly as the browser runs them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { analyzer, exactForm, fold, pairs, words } from "../../overrides/search/text.mjs";

test("folding drops tone and vowel marks, maps đ to d and lower-cases", () => {
  assert.equal(fold("Hợp tác"), "hop tac");
  assert.equal(fold("HỢP TÁC"), "hop tac");
  assert.equal(fold("Đông Nam Á"), "dong nam a");
  assert.equal(fold("đường sắt"), "duong sat");
});

test("NFC and NFD input fold and split alike", () => {
  const composed = "Biển Đông";
  const decomposed = composed.normalize("NFD");
  assert.notEqual(composed, decomposed);
  assert.equal(fold(decomposed), fold(composed));
  assert.deepEqual(words(decomposed).map((w) => w.text), words(composed).map((w) => w.text));
  assert.equal(exactForm(decomposed), exactForm(composed));
});

test("exact forms keep every mark", () => {
  assert.equal(exactForm("Động"), "động");
  assert.notEqual(exactForm("động"), exactForm("đông"));
});

test("words carry their offsets in the NFC text and note phrase breaks", () => {
  const text = "Việt Nam, Belarus và UNCLOS 1982.";
  const found = words(text);
  assert.deepEqual(found.map((w) => w.text), ["Việt", "Nam", "Belarus", "và", "UNCLOS", "1982"]);
  found.forEach((w) => assert.equal(text.slice(w.start, w.end), w.text));
  assert.deepEqual(found.map((w) => w.breakBefore), [true, false, true, false, false, false]);
});

test("a hyphen or dash inside a name does not break the phrase", () => {
  assert.deepEqual(words("Á - Âu").map((w) => w.breakBefore), [true, false]);
  assert.deepEqual(words("Việt Nam – Belarus").map((w) => w.breakBefore), [true, false, false]);
});

test("pairs are neighbouring words within a phrase", () => {
  const vi = analyzer("vi");
  assert.deepEqual(pairs(words("trí tuệ nhân tạo"), (w) => vi.term(w.text)), ["tri tue", "tue nhan", "nhan tao"]);
  assert.deepEqual(pairs(words("Việt Nam, Belarus"), (w) => vi.term(w.text)), ["viet nam"]);
});

test("English terms are stemmed so plurals and inflections meet", () => {
  const en = analyzer("en");
  assert.equal(en.term("Agreements"), en.term("agreement"));
  assert.equal(en.term("scholarships"), en.term("scholarship"));
  assert.notEqual(en.term("rail"), en.term("railway"));
});

test("Vietnamese terms are folded but not stemmed", () => {
  const vi = analyzer("vi");
  assert.equal(vi.term("Các"), "cac");
  assert.equal(vi.term("tạo"), "tao");
});
