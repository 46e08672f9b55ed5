// Unit tests of issue 38's second round in overrides/search/engine.mjs: a question (a query ending in "?")
// asks what the text says, so a page about the text (glossary entry, timeline entry, site page) does not
// come first because its heading names the subject, and a listed function word that the question uses to
// ask ("nói", "say") weighs less than the words naming what is asked about; a page's heading with one word
// of a longer query is chance, not the page asked for.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll } from "../../overrides/search/engine.mjs";
import { clause, first } from "./records.mjs";

// Clauses enough that a listed word held by one of them is rare (engine.mjs: RARE_SHARE of the clauses).
const FILLER = Array.from({ length: 12 }, (_, i) => clause(String(40 + i), `Topic ${i}`,
  `Belarus and Viet Nam on topic number ${i}.`));
// Words that several clauses hold ("biển", "đông", "di tích") weigh less than one clause's "nói".
const VI_FILLER = Array.from({ length: 12 }, (_, i) => clause(String(40 + i), `Chủ đề ${i}`,
  `Việt Nam và Belarus về chủ đề số ${i}${i < 5 ? ", biển và Đông Nam Á" : ""}${i >= 8 ? ", di tích" : ""}.`));

const EN = createIndex({
  language: "en",
  stopWords: "about|did|the|they|what|say",
  records: [
    clause("35", "Maritime disputes", "The two sides support settling disputes in the South China Sea by peaceful means."),
    { id: "term-east-sea", kind: "term", label: "South China Sea", title: "East Sea",
      text: "What the text says about the South China Sea, called the East Sea in Viet Nam.",
      href: "glossary/#term-east-sea" },
    ...FILLER,
  ],
});
const VI = createIndex({
  language: "vi",
  stopWords: "gì|nói|về",
  records: [
    clause("4", "Nguyên tắc", "Hai bên nói rõ các nguyên tắc của quan hệ hai nước."),
    clause("35", "Biển", "Hai bên ủng hộ giải quyết tranh chấp ở Biển Đông bằng biện pháp hòa bình."),
    clause("28", "Di sản", "Hợp tác tu bổ, tôn tạo di tích lịch sử và văn hóa, di tích cổ."),
    { id: "de-xuat-sua", kind: "page", label: "Đề xuất sửa một câu", title: "",
      text: "Bạn đọc đề xuất sửa một câu dịch, chữa lỗi chính tả, góp ý bản dịch.",
      href: "how-we-translate/#de-xuat-sua" },
    ...VI_FILLER,
  ],
});


test("a question asks what the text says: the clause comes before the glossary entry named like its subject", () => {
  assert.equal(first(searchAll({ en: EN }, "en", "what did they agree about the South China Sea?")), "35");
});

test("in a question, a listed word that asks ('nói') weighs less than the words naming the subject", () => {
  assert.equal(first(searchAll({ vi: VI }, "vi", "hai bên nói gì về Biển Đông?")), "35");
});

test("one heading word of a longer query does not make a page the one asked for", () => {
  assert.equal(first(searchAll({ vi: VI }, "vi", "sửa chữa di tích cổ")), "28");
});

test("in a question, pairs with its function words ('Belarus had') are its frame, not the reader's phrase", () => {
  const index = createIndex({
    language: "en",
    stopWords: "and|had|have|how|long",
    records: [
      clause("9", "Exchanges", "Both parties noted the diplomatic work and relations of Viet Nam and Belarus with many other partners in the region."),
      clause("1", "Relations", "Relations, diplomatic ties: Belarus with Viet Nam, relations since 1992."),
      ...FILLER,
    ],
  });
  assert.equal(first(searchAll({ en: index }, "en", "how long have Vietnam and Belarus had diplomatic relations?")), "1");
});
