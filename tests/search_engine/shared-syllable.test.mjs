// Unit tests of round 6 of issue 38 (overrides/search/engine.mjs): a syllable of the query that two words of
// the text share ("hai quốc hội": "hai quốc" of "hai quốc gia", and "quốc hội") belongs to one of them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll } from "../../overrides/search/engine.mjs";
import { all, clause } from "./records.mjs";

const VI = createIndex({
  language: "vi",
  synonyms: [],
  records: [
    clause("36", "Cộng đồng", "Cộng đồng đóng góp cho quan hệ hữu nghị truyền thống giữa hai quốc gia."),
    clause("8", "Hợp tác lập pháp", "Giữa các Ủy ban của Quốc hội, Nhóm nghị sỹ Quốc hội trẻ, hợp tác giữa Quốc hội hai nước."),
    clause("4", "Nguyên tắc", "Tôn trọng chủ quyền của tất cả các quốc gia và hệ thống chính trị."),
    clause("11", "Quốc phòng", "Hợp tác về công nghiệp quốc phòng và quan hệ quốc tế."),
    // As in the text, most clauses name the two sides: "hai" is common.
    ...Array.from({ length: 8 }, (_, i) => clause(String(60 + i), `Lĩnh vực ${i}`, `Hai bên tăng cường hợp tác hai nước, lĩnh vực ${i}.`)),
  ],
});

test("a syllable two words of the text share belongs to the one the text holds most as a word", () => {
  // "quốc" is in "hai quốc (gia)" once and in "Quốc hội" three times, which is a word wherever it is: the
  // clause with "hai quốc gia" has not found the "quốc" of "quốc hội", but only a syllable like it.
  const found = all(searchAll({ vi: VI }, "vi", "quan hệ hai quốc hội"));
  const creditOf = (id, position) => new Map(found.find((result) => result.record.id === id).credits).get(position);
  assert.equal(creditOf("36", 3), 0.5);
  assert.equal(creditOf("36", 2), 1, "its 'hai' is the word 'hai'");
  assert.equal(creditOf("8", 3), 1);
});

test("a record with the three syllables in a row has both words", () => {
  const found = all(searchAll({ vi: VI }, "vi", "hai quốc gia"));
  assert.equal(found[0].record.id, "36");
  assert.ok(found[0].credits.every(([, strength]) => strength === 1));
});
