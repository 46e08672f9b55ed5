// Unit tests of round 6 of issue 38 (overrides/search/engine.mjs searchAll): when only pages about the text
// have every word of a query, a clause with more of the query comes first all the same.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createIndex, searchAll } from "../../overrides/search/engine.mjs";
import { all, clause } from "./records.mjs";

const QUESTIONS = { asking: "when|what", opening: "is|will", closing: "", about_text: "statement" };
const timelineEntry = (id, title, text) => ({ id, kind: "agreement", title, text, href: `timeline/#agreement-${id}` });
// Other clauses, as many as the text has: how rare a word is depends on how many records do not hold it.
const others = Array.from({ length: 30 }, (_, i) => clause(`${100 + i}`, "Fields", `Cooperation in field number ${i}.`));
const EN = createIndex({
  language: "en",
  synonyms: [],
  stopWords: "the|of|be|will|when|is|a|in|an|and|on|to",
  questions: QUESTIONS,
  records: [
    clause("35", "Maritime security", "The two sides welcome efforts towards the early conclusion of a substantive and effective Code of Conduct in the East Sea."),
    clause("30", "Forums", "The two sides consider supporting each other at international organisations and forums."),
    clause("17", "Trade", "An open, fair and transparent trade environment based on international rules."),
    ...others,
    timelineEntry("coc", "Code of Conduct in the East Sea", "A code of conduct under negotiation, not yet concluded; the two sides welcome efforts towards it."),
  ],
});
const ids = (results) => results.map((result) => result.record.id);

test("a clause with more of the query comes before a page about the text that has every word", () => {
  const found = searchAll({ en: EN }, "en", "When will the code of conduct be concluded?");
  // The timeline entry has "concluded"; the clause says "conclusion", but has the rest, and more of it.
  assert.equal(found.own.find((result) => result.record.id === "coc").coverage, 1);
  assert.ok(found.own.find((result) => result.record.id === "35").coverage < 1);
  assert.deepEqual(ids(found.own).slice(0, 2), ["35", "coc"]);
});

test("a clause with less of the query than the page that has every word still comes after it", () => {
  const found = searchAll({ en: EN }, "en", "code of conduct not yet concluded");
  assert.deepEqual(ids(found.own), ["coc"]);
  assert.equal(all(found)[1].record.id, "35");
  assert.ok(ids(found.partial).includes("35"));
});
