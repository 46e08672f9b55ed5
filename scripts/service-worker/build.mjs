// Writes the service worker into a built site with Workbox's build tools (statement_core/site/offline.py
// runs it last in the build). Input on stdin: {site, worker, window_script, version, dates}; prints
// {runtime, precache: {files, bytes}, pdfs: {files, bytes}} as JSON.
//
// injectManifest with a small worker source (service-worker.js) and the Workbox runtime copied beside it
// (copyWorkboxLibraries): no bundling step, so it takes a fraction of a second and its output depends only
// on the files it lists. generateSW would bundle the runtime with Rollup and Terser on every build (over a
// second here) and leaves no room for the worker's own messages.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
// The three functions straight from their modules: workbox-build's index also loads generateSW's bundler
// (Rollup, Babel, Terser), which takes 0.3–0.5 s of every build here against 0.07 s for these. The version
// is pinned exactly (package.json), so these paths cannot move under us unnoticed: the build would fail.
import { getManifest } from "workbox-build/build/get-manifest.js";
import { injectManifest } from "workbox-build/build/inject-manifest.js";
import { copyWorkboxLibraries } from "workbox-build/build/lib/copy-workbox-libraries.js";

const here = path.dirname(fileURLToPath(import.meta.url));
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

// The pages load workbox-window from the site, precached like every other script.
const require = createRequire(import.meta.url);
const windowBuild = path.dirname(require.resolve("workbox-window/build/workbox-window.prod.umd.js"));
const windowTarget = path.join(site, input.window_script);
mkdirSync(path.dirname(windowTarget), { recursive: true });
copyFileSync(path.join(windowBuild, "workbox-window.prod.umd.js"), windowTarget);
copyFileSync(path.join(windowBuild, "..", "LICENSE"), path.join(path.dirname(windowTarget), "LICENSE"));

// The worker's own copy of the runtime: the browser stores what a worker imports with the worker itself,
// so none of it is precached.
const runtime = await copyWorkboxLibraries(site);

const worker = path.join(site, input.worker);
const precache = await injectManifest({
  swSrc: path.join(here, "service-worker.js"),
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
    `${runtime}/**`, // loaded by the worker itself
    // Link previews (issue 23): image cards and share pages are for crawlers and for opening a shared link,
    // which is the public one; a reader offline never needs them.
    "cards/**", "*/cards/**", "s/**", "*/s/**",
  ],
  manifestTransforms: [sortedByUrl],
  // No size limit (Workbox's default is 2 MB a file): a larger corpus has larger pages, indexes and data,
  // and leaving one out would break reading offline without a word. make bench reports the total.
  maximumFileSizeToCacheInBytes: 1e9,
});
failOnWarnings(precache, "precache");

const pdfs = await getManifest({ globDirectory: site, globPatterns: ["downloads/**/*.pdf"],
  manifestTransforms: [sortedByUrl], maximumFileSizeToCacheInBytes: 1e9 });
// A build without PDFs (STATEMENT_PDF=0, as `make serve` and the tests' edited copies) has none: no warning.
failOnWarnings({ warnings: pdfs.count ? pdfs.warnings : [] }, "PDFs");
const pdfRevision = createHash("sha256")
  .update(pdfs.manifestEntries.map((entry) => `${entry.url} ${entry.revision}`).join("\n"))
  .digest("hex").slice(0, 16);

const build = {
  runtime,
  version: input.version,
  dates: input.dates,
  precache: { files: precache.count, bytes: precache.size },
  pdfs: { urls: pdfs.manifestEntries.map((entry) => entry.url), bytes: pdfs.size, revision: pdfRevision },
};
writeFileSync(worker, `"use strict";\nconst BUILD = ${JSON.stringify(build)};\n${readFileSync(worker, "utf8")}`);

process.stdout.write(JSON.stringify({ runtime, precache: build.precache, pdfs: { files: pdfs.count, bytes: pdfs.size } }));
