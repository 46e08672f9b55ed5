// Ranks queries with the dialog's own code (overrides/search/: searchAll, then presentation's order) on a
// built site's search/<language>.js (its word tables and texts loaded at once), without a browser: `make
// search-eval`'s quick run (statement_tools/search_eval.py --engine node), for working on the ranking in seconds;
// the browser runs remain the measure. Input on stdin: {site, queries: [{query, tree}]}; output: [[href, …], …] in the same order.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

import { addTexts, addWordTables, createIndex, searchAll } from "../overrides/search/engine.mjs";
import { presentation } from "../overrides/search/ui.mjs";

function registered(site, file, registry, language) {
  const context = { window: {} };
  vm.runInNewContext(readFileSync(path.join(site, "search", file), "utf-8"), context);
  return context.window[registry][language];
}

const input = JSON.parse(readFileSync(0, "utf-8"));
const indexes = {};
for (const language of ["vi", "en"]) {
  const data = registered(input.site, `${language}.js`, "statementSearchIndexes", language);
  const index = createIndex(data);
  if (data.texts) addTexts(index, registered(input.site, data.texts, "statementSearchTexts", language));
  // The dialog loads them when a query first needs them and redoes the list: the list it ends with.
  if (data.wordTables) addWordTables(index, registered(input.site, data.wordTables, "statementSearchWords", language));
  indexes[language] = index;
}
// Links as the dialog writes them from a tree's home page: its data-language-root before each record's link.
const roots = {};
for (const [language, home] of [["vi", "index.html"], ["en", "en/index.html"]]) {
  const found = readFileSync(path.join(input.site, home), "utf-8").match(/data-language-root="([^"]*)"/);
  roots[language] = found ? found[1] : "";
}
// Typed into the field, as the browser runs do: the last word may be unfinished.
const rankings = input.queries.map(({ query, tree }) => presentation(searchAll(indexes, tree, query, { typing: true }), {}, query)
  .groups.flatMap((group) => group.results.map((result) => `${roots[tree]}${result.record.href}`)));
process.stdout.write(JSON.stringify(rankings));
