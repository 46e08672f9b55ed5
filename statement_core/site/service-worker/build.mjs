// Writes the service worker into a built site with Workbox's build tools (statement_core/site/offline.py
// runs it last in the build). Input on stdin: {site, worker, version, dates}; prints
// {precache: {files, bytes}, pdfs: {files, bytes}} as JSON.
//
// The worker source (service-worker.js) imports the Workbox modules it uses; esbuild bundles it with their
// production code alone (no development logging, no source map, none of the modules it does not import)
// while the site is still being built, since it depends on nothing the build writes. injectManifest then
// puts the precache list in. generateSW would bundle with Rollup, Babel and Terser on every build (over a
// second here) and leaves no room for the worker's own messages; Workbox's CDN-style runtime folder
// (copyWorkboxLibraries) ships 43 files, development builds and source maps, of which a worker loads five.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build as bundle } from "esbuild";
// The two functions straight from their modules: workbox-build's index also loads generateSW's bundler
// (Rollup, Babel, Terser), which takes 0.3–0.5 s of every build here against 0.07 s for these. The version
// is pinned exactly (package.json), so these paths cannot move under us unnoticed: the build would fail.
import { getManifest } from "workbox-build/build/get-manifest.js";
import { injectManifest } from "workbox-build/build/inject-manifest.js";

const here = path.dirname(fileURLToPath(import.meta.url));
// What the shipped worker says of itself: no path of this repository, which would go stale when code moves.
const BANNER = "/* Service worker of the Viet Nam – Belarus Joint Statement reader, bundled with Workbox "
  + "(MIT, Google LLC). */";

// Workbox's modules test process.env.NODE_ENV: "production" drops their development code and logging.
const bundled = await bundle({
  entryPoints: [path.join(here, "service-worker.js")], bundle: true, format: "iife", minify: true,
  target: "es2020", charset: "utf8", legalComments: "none", write: false, logLevel: "warning",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
});
const input = JSON.parse(readFileSync(0, "utf8"));
const site = input.site;

// Sorted by URL: the same files give the same worker, byte for byte, whatever order the file system
// lists them in. Revisions are content hashes.
const sortedByUrl = (entries) => ({
  manifest: [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  warnings: [],
});

function failOnWarnings(result, what) {
  if (result.warnings.length) {
    process.stderr.write(`${what}:\n${result.warnings.join("\n")}\n`);
    process.exit(1);
  }
}

// The bundle reads the precache list from a constant of its own line, which injectManifest fills and
// statement_core/site/offline.py reads back.
const scratch = mkdtempSync(path.join(tmpdir(), "statement-worker-"));
const source = path.join(scratch, "sw.js");
writeFileSync(source, `const PRECACHE = self.__WB_MANIFEST;\n${bundled.outputFiles[0].text}`);
const worker = path.join(site, input.worker);
const precache = await injectManifest({
  swSrc: source,
  swDest: worker,
  globDirectory: site,
  // Everything a reader opens, derived from what the build wrote: every page of every language, styles,
  // scripts (the search indexes and the search engine's files among them), images and icons, JSON, the
  // web app manifests, and the open-data downloads.
  globPatterns: ["**/*.{html,css,js,mjs,json,webmanifest,png,svg,ico,jpg,webp,woff2}", "downloads/**/*"],
  globIgnores: [
    "**/*.pdf", // the largest files: cached when opened or on request (see service-worker.js)
    "**/*.zip", // the offline bundle, for laptops
    "**/*.map", // source maps: for developers' tools only
    ...input.ignore, // the earlier editions' pages (statement_core/site/offline.py archived_editions)
    // Link previews (issue 23): image cards and share pages are for crawlers and for opening a shared link,
    // which is the public one; a reader offline never needs them.
    "cards/**", "*/cards/**", "s/**", "*/s/**",
  ],
  manifestTransforms: [sortedByUrl],
  // No size limit (Workbox's default is 2 MB a file): a larger corpus has larger pages, indexes and data,
  // and leaving one out would break reading offline without a word. make bench reports the total.
  maximumFileSizeToCacheInBytes: 1e9,
});
rmSync(scratch, { recursive: true, force: true });
failOnWarnings(precache, "precache");

const pdfs = await getManifest({ globDirectory: site, globPatterns: ["downloads/**/*.pdf"],
  manifestTransforms: [sortedByUrl], maximumFileSizeToCacheInBytes: 1e9 });
// A build without PDFs (STATEMENT_PDF=0, as `make serve` and the tests' edited copies) has none: no warning.
failOnWarnings({ warnings: pdfs.count ? pdfs.warnings : [] }, "PDFs");
const pdfRevision = createHash("sha256")
  .update(pdfs.manifestEntries.map((entry) => `${entry.url} ${entry.revision}`).join("\n"))
  .digest("hex").slice(0, 16);

const build = {
  version: input.version,
  dates: input.dates,
  precache: { files: precache.count, bytes: precache.size },
  pdfs: { urls: pdfs.manifestEntries.map((entry) => entry.url), bytes: pdfs.size, revision: pdfRevision },
};
writeFileSync(worker, `${BANNER}\n"use strict";\nconst BUILD = ${JSON.stringify(build)};\n${readFileSync(worker, "utf8")}`);

process.stdout.write(JSON.stringify({ precache: build.precache, pdfs: { files: pdfs.count, bytes: pdfs.size } }));
