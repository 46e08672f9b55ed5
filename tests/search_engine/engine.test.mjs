// Unit tests of overrides/search/engine.mjs and snippet.mjs on small hand-made indexes.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll, searchIndex } from "../../overrides/search/engine.mjs";
import { snippet } from "../../overrides/search/snippet.mjs";

function clause(id, title, text, extra = {}) {
  return { id, kind: "clause", label: `Khoản ${id}`, title, text, href: `doc/x/#clause-${id}`, ...extra };
}

const VI = createIndex({
  language: "vi",
  synonyms: [["Biển Đông", "East Sea", "South China Sea"], ["đường sắt", "rail", "railway"]],
  records: [
    clause("1", "Sáng tạo", "Đổi mới sáng tạo và hợp tác nhân dân hai nước, tạo điều kiện thuận lợi."),
    clause("2", "Số hóa", "Kinh tế số, an toàn thông tin, trí tuệ nhân tạo và an ninh mạng."),
    clause("3", "Lao động", "Hợp tác lao động và việc làm có thời hạn."),
    clause("4", "Biển", "Tuyên bố về ứng xử ở Biển Đông và vùng biển phía đông."),
    clause("5", "Giao thông", "Phát triển đường sắt, đường bộ và hàng không."),
    clause("6", "Hợp tác", "Hai bên tăng cường hợp tác trong khuôn khổ hiện có."),
    { id: "p", kind: "page", title: "Hợp tác", text: "Trang về hợp tác hai bên.", href: "about/" },
  ],
});

const EN = createIndex({
  language: "en",
  synonyms: [["Biển Đông", "East Sea", "South China Sea"]],
  records: [
    clause("2", "Digitalisation", "Information security, artificial intelligence and cybersecurity."),
    clause("4", "Sea", "The Declaration on the Conduct of Parties in the East Sea."),
    clause("7", "Education", "The provision of scholarships to students of the other side."),
  ],
});

const ids = (results) => results.map((result) => result.record.id);

test("a phrase ranks the record with its words together above records with them scattered", () => {
  const results = searchIndex(VI, "trí tuệ nhân tạo");
  assert.equal(ids(results)[0], "2");
  assert.ok(ids(results).includes("1"), "a record with some of the words still comes, lower");
  assert.ok(results[0].phrase && !results.find((r) => r.record.id === "1").phrase);
});

test("an unaccented query finds accented text", () => {
  assert.equal(ids(searchIndex(VI, "tri tue nhan tao"))[0], "2");
  assert.equal(ids(searchIndex(VI, "DUONG SAT"))[0], "5");
});

test("an accented query prefers the exact tone marks", () => {
  const results = searchIndex(VI, "động");
  assert.equal(ids(results)[0], "3", "lao động before Biển Đông");
  assert.ok(ids(results).includes("4"), "the folded match still comes");
  assert.ok(results[0].exactness === 1 && results.find((r) => r.record.id === "4").exactness < 1);
  assert.equal(ids(searchIndex(VI, "đông"))[0], "4");
});

test("case and Unicode form of the query do not matter", () => {
  const base = ids(searchIndex(VI, "hợp tác lao động"));
  assert.deepEqual(ids(searchIndex(VI, "HỢP TÁC LAO ĐỘNG")), base);
  assert.deepEqual(ids(searchIndex(VI, "hợp tác lao động".normalize("NFD"))), base);
});

test("only the unfinished last word matches as a prefix", () => {
  assert.deepEqual(ids(searchIndex(VI, "trí tuệ nhân t", { typing: true })).slice(0, 1), ["2"]);
  assert.ok(searchIndex(VI, "nhân t").every((r) => r.coverage < 1), "a finished 't' is no word of the text");
  // Finished words match whole: "tạ" is no word of the text, so without typing nothing covers it.
  assert.ok(searchIndex(VI, "tạ").every((r) => r.coverage < 1));
  assert.ok(searchIndex(VI, "tạ", { typing: true }).some((r) => r.coverage === 1));
  // A trailing space finishes the word.
  assert.ok(searchIndex(VI, "tạ ", { typing: true }).every((r) => r.coverage < 1));
});

test("an unfinished word continues its phrase instead of matching every word it starts", () => {
  const results = searchIndex(VI, "hợp t", { typing: true });
  assert.ok(results.every((r) => !r.matched.terms.has("tao")), "'t' alone must not match 'tạo'");
  assert.ok(results[0].matched.pairs.has("hop tac"));
});

test("synonyms from the data expand the query, across languages", () => {
  assert.equal(ids(searchIndex(VI, "South China Sea"))[0], "4");
  assert.equal(ids(searchIndex(VI, "railway"))[0], "5");
  assert.equal(ids(searchIndex(EN, "Biển Đông"))[0], "4");
  assert.equal(ids(searchIndex(EN, "south china sea"))[0], "4");
});

test("the text comes before pages about it", () => {
  const results = searchIndex(VI, "hợp tác");
  assert.notEqual(results[0].record.kind, "page");
  assert.equal(results[results.length - 1].record.kind, "page");
});

test("both languages: the reader's first, the other's only when it has the whole query, once each", () => {
  const found = searchAll({ vi: VI, en: EN }, "vi", "scholarships");
  assert.deepEqual(ids(found.own), []);
  assert.deepEqual(ids(found.other), ["7"]);
  assert.equal(found.other[0].language, "en");
  const both = searchAll({ vi: VI, en: EN }, "vi", "East Sea");
  assert.deepEqual(ids(both.own), ["4"], "the synonym finds the reader's own clause");
  assert.ok(!ids(both.other).includes("4"), "a clause is never listed twice");
  const partial = searchAll({ vi: VI, en: EN }, "vi", "students hợp tác");
  assert.ok(partial.other.every((r) => r.coverage === 1));
});

test("a snippet marks the matched words as written, accents kept, exact forms only where typed", () => {
  const [result] = searchIndex(VI, "động");
  const marked = snippet(result.record.text, result.matched, VI.analyzer).filter((p) => p.marked).map((p) => p.text);
  assert.deepEqual(marked, ["động"]);
  const [phrase] = searchIndex(VI, "tri tue nhan tao");
  const pieces = snippet(phrase.record.text, phrase.matched, VI.analyzer);
  assert.ok(pieces.some((p) => p.marked && p.text === "trí tuệ nhân tạo"), JSON.stringify(pieces));
  assert.equal(pieces.map((p) => p.text).join(""), phrase.record.text);
});

test("a long text is cut around its matches", () => {
  const long = `${"một hai ba bốn năm sáu bảy tám chín mười ".repeat(8)}học bổng cho sinh viên ${"và ".repeat(40)}`;
  const index = createIndex({ language: "vi", records: [clause("9", "Dài", long)] });
  const [result] = searchIndex(index, "học bổng");
  const pieces = snippet(long, result.matched, index.analyzer);
  assert.equal(pieces[0].text, "… ");
  assert.equal(pieces[pieces.length - 1].text, " …");
  assert.ok(pieces.some((p) => p.marked && p.text === "học bổng"));
});

test("every word of the query beats some of its words, however often they come", () => {
  const index = createIndex({ language: "vi", records: [
    clause("a", "Một", "Lao động, lao động và lao động."),
    clause("b", "Hai", "Hai bên hợp tác về lao động với Belarus trong nhiều lĩnh vực khác nhau của hai nước."),
    clause("c", "Ba", "Văn hóa Belarus."), clause("d", "Bốn", "Giáo dục Belarus."), clause("e", "Năm", "Du lịch Belarus."),
  ] });
  const results = searchIndex(index, "lao dong belarus");
  assert.deepEqual(ids(results).slice(0, 2), ["b", "a"]);
  assert.ok(results[1].score > results[0].score, "the repeated words score higher, and still come second");
});

test("a snippet marks only the typed accents where the record has them, and both forms otherwise", () => {
  const index = createIndex({ language: "vi", records: [clause("c", "Ba", "Lao động ở phía Đông và hoạt động khác.")] });
  const [result] = searchIndex(index, "động");
  const marked = snippet(result.record.text, result.matched, index.analyzer).filter((p) => p.marked).map((p) => p.text);
  assert.deepEqual(marked, ["động", "động"]);
  const [plain] = searchIndex(index, "dong");
  const both = snippet(plain.record.text, plain.matched, index.analyzer).filter((p) => p.marked).map((p) => p.text);
  assert.deepEqual(both, ["động", "Đông", "động"]);
});

test("a result links the segment its first marked word is in", async () => {
  const { segmentAt } = await import("../../overrides/search/ui.mjs");
  const record = { segments: [5, 3] }; // "aaaaa bbb": segment 1 is 0–4, the space 5, segment 2 is 6–8
  assert.equal(segmentAt(record, 0), 1);
  assert.equal(segmentAt(record, 4), 1);
  assert.equal(segmentAt(record, 6), 2);
  assert.equal(segmentAt(record, -1), 0);
  assert.equal(segmentAt({}, 3), 0);
});
