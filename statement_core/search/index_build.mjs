// Builds the site search's indexes at build time with the very code the pages run (overrides/search/
// engine.mjs), so a page only loads them (statement_core/search/index_build.py runs it).
// Input on stdin, one JSON message per line: {records: {<language>: [record, …]}, out?: folder}. Records are
// added as they come (the model's while the site is still being built, the hand-written pages' at its end);
// the message with `out` writes <out>/<language>.json ({index, words}: MiniSearch's toJSON and the words of
// the text) for every language and prints {"written": [path, …]}.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

import { indexBuilder } from "../../overrides/search/engine.mjs";

const builders = new Map();
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const message = JSON.parse(line);
  Object.entries(message.records || {}).forEach(([language, records]) => {
    if (!builders.has(language)) builders.set(language, indexBuilder(language));
    builders.get(language).add(records);
  });
  if (message.out) {
    const written = Array.from(builders, ([language, builder]) => {
      const file = path.join(message.out, `${language}.json`);
      writeFileSync(file, JSON.stringify(builder.serialise()));
      return file;
    });
    process.stdout.write(JSON.stringify({ written }));
    break;
  }
}
