// Unit tests of issue 38's fourth round in overrides/search/: a query word counts toward a record's share of
// the query by how it was found (a lone syllable of a word of the text, other marks, an unfinished word, a
// word inside a longer one count less); a record has the whole query only with each word found well enough;
// pages about the text weigh less than the text; questions without a question mark, asked by their words
// (data/synonyms.yaml `questions`), whose words naming the text are their frame.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll } from "../../overrides/search/engine.mjs";
import { clause, all, first } from "./records.mjs";


// What the build writes from data/synonyms.yaml `questions` (a part of it).
const QUESTIONS = {
  en: { asking: "what|when|which|who", opening: "do|does|is|will", closing: "",
        about_text: "statement|joint statement|say|says|mention" },
  vi: { asking: "gì|nào|bao giờ", opening: "ai", closing: "không|chưa", about_text: "tuyên bố chung|tuyên bố|nói|ghi" },
};
const EN_FILLER = Array.from({ length: 12 }, (_, i) => clause(String(40 + i), `Topic ${i}`,
  `Belarus and Viet Nam on topic number ${i}.`));
const VI_FILLER = Array.from({ length: 12 }, (_, i) => clause(String(40 + i), `Chủ đề ${i}`,
  `Việt Nam và Belarus về chủ đề số ${i}.`));

test("a syllable of a word of the text found alone counts less than the word: 'chuyển giao' is not 'chuyển đổi … giáo'", () => {
  const index = createIndex({
    language: "vi",
    records: [
      clause("20", "Đại học", "Hợp tác giữa các cơ sở giáo dục đại học trong chuyển đổi số và chế tạo sản phẩm."),
      clause("25", "Tư pháp", "Hiệp định về chuyển giao người bị kết án phạt tù."),
      ...VI_FILLER,
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "chuyển giao phạm nhân")), "25");
});

test("a word typed with its marks found with other marks counts less: 'Biển Đông' is not 'biên giới … tương đồng'", () => {
  const index = createIndex({
    language: "vi",
    records: [
      clause("4", "Nguyên tắc", "Hợp tác ở biên giới dựa trên sự tương đồng về lợi ích."),
      clause("35", "Biển", "Bộ quy tắc ứng xử ở Biển Đông."),
      ...VI_FILLER.map((filler) => ({ ...filler, text: `${filler.text} Hợp tác.` })),
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "hợp tác Biển Đông")), "35");
});

test("a record with the query's syllables scattered does not have the whole query", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "có|không",
    records: [
      clause("4", "Nguyên tắc", "Sự tôn trọng lẫn nhau, hợp tác, hòa bình; quân đội không; hai nước."),
      clause("11", "Quốc phòng", "Hợp tác quân sự và quốc phòng giữa hai nước."),
      ...VI_FILLER,
    ],
  });
  const found = searchAll({ vi: index }, "vi", "hai nước có hợp tác quân sự không?");
  assert.equal(first(found), "11");
  assert.ok(!found.own.some((result) => result.record.id === "4"), "clause 4 has 'sự' and 'quân' apart, not 'quân sự'");
});

test("a page about the text comes after the clause that says it, with not clearly more of the query", () => {
  const index = createIndex({
    language: "en",
    records: [
      { id: "page:about", kind: "page", title: "About this edition", text: "Signed in Minsk; the languages: Russian and ours.",
        href: "about/" },
      clause("38", "Place, date and languages", "Done in two originals, in two languages."),
      ...EN_FILLER,
    ],
  });
  assert.equal(first(searchAll({ en: index }, "en", "Minsk originals languages Russian")), "38");
});

test("a query asks by its words, without a question mark: the glossary entry named like its subject comes after the clause", () => {
  const index = createIndex({
    language: "en",
    stopWords: "about|does|the|what",
    questions: QUESTIONS.en,
    records: [
      clause("35", "Maritime disputes", "The two sides support settling disputes in the South China Sea by peaceful means."),
      { id: "term-east-sea", kind: "term", label: "South China Sea", title: "East Sea",
        text: "The South China Sea, called the East Sea in Viet Nam; the statement names it.", href: "glossary/#term-east-sea" },
      ...EN_FILLER,
    ],
  });
  assert.equal(first(searchAll({ en: index }, "en", "what does the statement say about the South China Sea")), "35");
});

test("in a question, the words naming the text are its frame: 'what languages was the joint statement signed in'", () => {
  const index = createIndex({
    language: "en",
    stopWords: "in|the|was|what",
    questions: QUESTIONS.en,
    records: [
      clause("2", "Signing", "The leaders have agreed to sign the Joint Statement during the visit."),
      clause("38", "Languages", "Done in two originals, each in the Vietnamese and Russian languages."),
      // Agreements signed: "signed" is in several clauses, as in the text.
      ...EN_FILLER.map((filler, i) => (i < 4 ? { ...filler, text: `${filler.text} Agreements signed in ${2000 + i}.` } : filler)),
    ],
  });
  assert.equal(first(searchAll({ en: index }, "en", "what languages was the joint statement signed in")), "38");
});

test("'không' at the end asks; a word of the frame that makes a phrase of the text ('ghi nhận') is the phrase's", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "có|không|gì",
    questions: QUESTIONS.vi,
    records: [
      clause("2", "Ký", "Hai nhà lãnh đạo ký Tuyên bố chung, nói về hợp tác, chuyến bay."),
      clause("29", "Nhân dân", "Hai bên ghi nhận các chuyến bay thẳng giữa hai nước."),
      ...VI_FILLER,
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "tuyên bố chung nói có chuyến bay thẳng không")), "29");
  assert.equal(first(searchAll({ vi: index }, "vi", "hai bên ghi nhận gì")), "29");
});

test("'ai' first asks who, though 'AI' is a synonym of 'trí tuệ nhân tạo'", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "ai|đã|này",
    questions: QUESTIONS.vi,
    synonyms: [["AI", "trí tuệ nhân tạo"]],
    records: [
      clause("2", "Lễ ký", "Tổng Bí thư và Tổng thống đã ký Tuyên bố chung, ký tại Minsk."),
      clause("19", "Số hóa", "Hợp tác về trí tuệ nhân tạo và an ninh mạng."),
      ...VI_FILLER.map((filler, i) => (i < 3 ? { ...filler, text: `${filler.text} Văn kiện đã ký.` } : filler)),
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "ai đã ký")), "2");
  assert.equal(first(searchAll({ vi: index }, "vi", "ai đã ký tuyên bố chung này")), "2");
});

test("a query in the other language with nothing whole lists both languages' partial matches, the most of the query first", () => {
  const en = createIndex({
    language: "en",
    records: [
      { id: "page:translate", kind: "page", title: "How we translate", text: "We keep the term Quốc hội as the National Assembly.",
        href: "how-we-translate/" },
      clause("8", "Legislative cooperation", "Cooperation between the National Assemblies of the two countries."),
      ...EN_FILLER,
    ],
  });
  const vi = createIndex({
    language: "vi",
    records: [
      { ...clause("8", "Hợp tác lập pháp", "Hợp tác giữa Quốc hội hai nước, các cơ quan lập pháp."), href: "doc/x/#clause-8" },
      ...VI_FILLER,
    ],
  });
  const found = searchAll({ en, vi }, "en", "hợp tác giữa Quốc hội hai nước về lập pháp mới");
  assert.equal(found.own.length + found.other.length, 0);
  assert.equal(first(found), "8");
});

test("a question whose words are the frame and function words asks about those words ('… có bao nhiêu bản?')", () => {
  const index = createIndex({
    language: "vi",
    stopWords: "bao nhiêu|bản|có",
    questions: { ...QUESTIONS.vi, asking: "bao nhiêu|gì|nào" },
    records: [
      clause("2", "Ký", "Tổng Bí thư Ban Chấp hành Trung ương và Tổng thống ký Tuyên bố chung; hai bên có chung quan điểm."),
      clause("38", "Ngôn ngữ", "Làm thành hai bản chính, mỗi bản bằng tiếng Việt và tiếng Nga, có giá trị như nhau."),
      ...VI_FILLER.map((filler) => ({ ...filler, text: `${filler.text} Hai bên có hợp tác.` })), // "có": most clauses
    ],
  });
  assert.equal(first(searchAll({ vi: index }, "vi", "tuyên bố chung có bao nhiêu bản?")), "38");
});

test("of records found by a query of one word, the one naming the thing itself comes before those naming a kind of it", () => {
  const index = createIndex({
    language: "en",
    stopWords: "and|as|in|of|such|the",
    records: [
      clause("11", "Defence", "Cooperation in the defence industry and training."),
      clause("14", "Business", "Cooperation in areas such as industry, healthcare and energy, and in other fields of business."),
      clause("18", "Digital", "The digitalisation of the industrial sector."),
      ...EN_FILLER,
    ],
  });
  assert.equal(first(searchAll({ en: index }, "en", "industry")), "14");
});
