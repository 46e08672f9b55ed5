// Unit tests of issue 38 in overrides/search/: query words weighed by how many records hold them, function and
// question words never required, a real word never "corrected", one word of a multi-word synonym, edits as
// readers make them (Damerau), the form typed preferred where an English stem is shared, and what the dialog
// says a result matched.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll, searchIndex } from "../../overrides/search/engine.mjs";
import { edits, typoCandidates } from "../../overrides/search/forgiving.mjs";
import { stopPositions, stopWordIndex } from "../../overrides/search/stopwords.mjs";
import { words } from "../../overrides/search/text.mjs";
import { presentation } from "../../overrides/search/ui.mjs";
import { clause, all } from "./records.mjs";

// What the build writes (statement_core/search/dictionary.mjs): Hunspell's real words near the text, stopwords-iso's.
const EN_STOP = "a|about|can|do|in|is|the|there|what|which";
const VI_STOP = "có|gì|không|năm nào|nào|được|ở|về|đi";

const EN = createIndex({
  language: "en",
  synonyms: [["temporary employment", "migrant workers", "làm việc có thời hạn"]],
  aliasPhrases: [[0, "temporary employment"], [0, "migrant workers"]],
  stopWords: EN_STOP,
  realWords: "universe",
  records: [
    clause("1", "Relations", "Viet Nam and Belarus in friendship; Belarus and Viet Nam in trust."),
    clause("2", "Leaders", "Belarus and Viet Nam sign the statement in Minsk."),
    clause("20", "Universities", "Universities and the business community of Belarus."),
    clause("24", "Temporary labour", "The Temporary Employment of Citizens of Viet Nam in Belarus."),
    clause("32", "Universality", "The universality and integrity of the Convention; its universal character."),
    clause("36", "Community", "The community in Belarus and in Viet Nam, Belarus."),
    clause("15", "Agriculture", "Agriculture and agricultural products of each side."),
  ],
});
const VI = createIndex({
  language: "vi",
  synonyms: [["dược phẩm", "thuốc men", "thuốc chữa bệnh"]],
  aliasPhrases: [[0, "dược phẩm"], [0, "thuốc men"], [0, "thuốc chữa bệnh"]],
  stopWords: VI_STOP,
  realWords: "thuốc",
  records: [
    clause("1", "Quan hệ", "Thiết lập quan hệ ngoại giao năm 1992, Việt Nam và Belarus."),
    clause("5", "Mục tiêu", "Việt Nam và Belarus thúc đẩy hợp tác ở khu vực."),
    clause("14", "Đầu tư", "Hợp tác công nghiệp, y tế, dược phẩm của Belarus."),
    clause("29", "Nhân dân", "Các chuyến bay thẳng giữa hai nước."),
    clause("20", "Đại học", "Thúc đẩy hợp tác giữa các cơ sở giáo dục đại học."),
  ],
});

const ids = (results) => results.map((result) => result.record.id);

test("function and question words are never required, in either language", () => {
  const flights = searchAll({ vi: VI }, "vi", "hai nước có chuyến bay thẳng không?");
  assert.deepEqual(ids(flights.own), ["29"], "'có' and 'không' ask; the clause with the flights answers");
  const year = searchAll({ vi: VI }, "vi", "Việt Nam và Belarus lập quan hệ ngoại giao năm nào?");
  assert.equal(ids(all(year))[0], "1");
  const english = searchAll({ en: EN }, "en", "what is the universality of the convention");
  assert.equal(ids(english.own)[0], "32");
  assert.ok(!ids(all(searchAll({ en: EN }, "en", "what can we do"))).includes("99"));
});

test("a listed function word is a word of its phrase when typed without marks and the text has the phrase", () => {
  const tokens = (text) => words(text);
  const list = stopWordIndex(VI_STOP);
  assert.deepEqual([...stopPositions(list, tokens("có chuyến bay không"))], [0, 3]);
  assert.deepEqual([...stopPositions(list, tokens("co chuyen bay"), (i) => i === 0)], [], "'co chuyen' is a phrase of the text");
  assert.deepEqual([...stopPositions(list, tokens("năm nào"))], [0, 1], "a phrase of the list");
  assert.deepEqual([...stopPositions(list, tokens("Việt Nam"))], [], "'Nam' is not 'năm'");
});

test("a word most records hold counts little and is not required: the rare word decides", () => {
  const found = searchAll({ en: EN }, "en", "agriculture in belarus");
  assert.equal(ids(found.own)[0], "15", "the only clause on agriculture, though it does not say Belarus");
  const jobs = searchIndex(EN, "temporary belarus");
  assert.equal(ids(jobs)[0], "24");
});

test("a real word is never corrected: it is looked up by meaning (a synonym phrase holding it)", () => {
  const found = searchAll({ vi: VI }, "vi", "thuốc");
  assert.deepEqual(ids(found.own), ["14"]);
  assert.equal(found.own[0].corrected.size, 0, "'thuốc' is not 'thúc'");
  const notes = presentation(found, { labelAlsoMatching: "Also: {words}", labelCorrected: "For: {query}" }, "thuốc").notes;
  assert.deepEqual(notes.map((note) => note.value), ["dược phẩm"], "the dialog says what it matched");
  assert.deepEqual(typoCandidates(VI, "thuoc").map(([surface]) => surface), ["thuc"], "without marks it may be a typo");
  assert.equal(searchIndex(EN, "universe").filter((r) => r.corrected.size).length, 0, "'universe' is not 'universal'");
});

test("one word of a multi-word synonym finds its group's clauses, in that language only", () => {
  const found = searchAll({ en: EN }, "en", "migrant");
  assert.deepEqual(ids(found.own), ["24"]);
  assert.deepEqual([...found.own[0].expanded.get(0)], ["temporary employment"]);
  assert.deepEqual(ids(searchAll({ en: EN }, "en", "thoi").own), [], "a Vietnamese phrase's word in the English index");
});

test("edits as readers make them: a swap is one edit, beside another too", () => {
  assert.equal(edits("agriculture", "agriuclture"), 1);
  assert.equal(edits("agriculture", "agriucltre"), 2);
  assert.deepEqual(typoCandidates(EN, "agriucltre").map(([surface, count]) => [surface, count]), [["agriculture", 2]]);
});

test("an English stem shared by other words: the form typed first", () => {
  assert.equal(ids(searchIndex(EN, "universities"))[0], "20", "'universality' has the stem 'univers' too");
  assert.equal(ids(searchIndex(EN, "universality"))[0], "32");
});

test("nothing in the reader's language, nor the whole query in the other: the other's partial matches", () => {
  const found = searchAll({ en: EN, vi: VI }, "en", "chuyến bay hằng tuần");
  assert.deepEqual([ids(found.own), ids(found.other)], [[], []]);
  assert.deepEqual(ids(found.partial), ["29"], "not an empty list");
  assert.equal(found.partial[0].language, "vi");
});

test("function words count nothing in how much of the query a record has", () => {
  const [first] = searchIndex(EN, "what is the universality");
  assert.equal(first.record.id, "32");
  assert.equal(first.share, 1, "'what', 'is', 'the' neither required nor counted");
});

test("a page about the text comes before a clause only with clearly more of the query, or its heading", () => {
  const index = createIndex({
    language: "vi", synonyms: [], stopWords: VI_STOP,
    records: [
      clause("38", "Ngôn ngữ", "Làm tại Minsk, mỗi bản bằng tiếng Việt và tiếng Nga."),
      ...["hợp tác", "ký kết", "trao đổi", "thúc đẩy", "phối hợp", "hỗ trợ"].map((words, i) => clause(String(i + 1), "Hợp tác", `Hai bên ${words}.`)),
      { id: "page:about", kind: "page", title: "Giới thiệu", href: "about/",
        text: "Hai bên ký bằng tiếng Việt và tiếng Nga; bản tiếng Nga chưa có ở đây." },
      { id: "page:glossary", kind: "page", title: "Thuật ngữ", href: "glossary/", text: "Các từ viết tắt." },
    ],
  });
  assert.equal(ids(searchIndex(index, "tiếng Nga hai bên"))[0], "38", "the page has only 'hai bên' more, which most clauses have");
  assert.equal(ids(searchIndex(index, "thuật ngữ"))[0], "page:glossary", "the page asked for by its heading");
});
