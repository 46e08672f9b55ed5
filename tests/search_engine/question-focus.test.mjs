// Unit tests of issue 38's fifth round in overrides/search/: what a question asks for decides between records
// that share its other words alike (data/synonyms.yaml `questions`).
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll } from "../../overrides/search/engine.mjs";
import { clause, all, first } from "./records.mjs";


// What the build writes from data/synonyms.yaml `questions` (a part of it).
const QUESTIONS = {
  en: { asking: "what|when|which|who", opening: "do|does|is|will", closing: "",
        about_text: "statement|joint statement|say", year: "when|since when|what year" },
  vi: { asking: "gì|nào|bao giờ|năm nào", opening: "ai", closing: "không|chưa", about_text: "tuyên bố chung|nói",
        year: "năm nào|từ năm nào|bao giờ" },
};
const VI_FILLER = Array.from({ length: 12 }, (_, i) => clause(String(40 + i), `Chủ đề ${i}`,
  `Việt Nam và Belarus về chủ đề số ${i}.`));
const EN_FILLER = Array.from({ length: 12 }, (_, i) => clause(String(40 + i), `Topic ${i}`,
  `Belarus and Viet Nam on topic number ${i}.`));

test("a question asking for a year puts the record holding a year first: 'hợp tác kinh tế từ năm nào?'", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "và|từ|các|có",
    questions: QUESTIONS.vi,
    records: [
      clause("2", "Kinh tế", "Hợp tác kinh tế từ nay, hằng năm."),
      clause("1", "Từ năm 1992", "Hợp tác kinh tế giữa hai nước có từ năm 1992 và các năm sau."),
      ...VI_FILLER,
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "hợp tác kinh tế từ năm nào?")), "1");
  // Not asked for a year, the shorter record, denser in the query's words, stays first.
  assert.equal(first(searchAll({ vi: index }, "vi", "hợp tác kinh tế")), "2");
});

test("'when' asks for a year in English too", () => {
  const index = createIndex({
    language: "en",
    stopWords: "and|the|did|of|in|since|they",
    questions: QUESTIONS.en,
    records: [
      clause("2", "Trade", "Trade cooperation."),
      clause("1", "Since 1992", "Trade cooperation between the two countries since 1992 and in the years after."),
      ...EN_FILLER,
    ],
  });
  assert.equal(first(searchAll({ en: index }, "en", "when did they start trade cooperation")), "1");
  assert.equal(first(searchAll({ en: index }, "en", "trade cooperation")), "2");
});

test("a function word is no syllable of a word: 'ký' of 'đã ký' is found as 'ký' where the text has no 'đã' before it", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "đã|và|các|trong|về|năm",
    questions: QUESTIONS.vi,
    records: [
      clause("9", "Văn kiện", "Các thỏa thuận đã ký về giáo dục và y tế trong năm."),
      clause("2", "Ký kết", "Hai bên ký thỏa thuận y tế."),
      ...VI_FILLER,
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "đã ký thỏa thuận y tế")), "2");
});

test("a function word that few records hold counts less than a word that names a thing: 'khai thác biển vì hòa bình'", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "vì|và|cho",
    records: [
      clause("18", "Năng lượng", "Năng lượng nguyên tử vì hòa bình."),
      clause("34", "Biển", "Sử dụng biển cho hòa bình."),
      ...VI_FILLER.map((filler, i) => (i < 2 ? { ...filler, text: `${filler.text} Biển.` } : filler)),
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "khai thác biển vì hòa bình")), "34");
});
