/* The site's service worker: after one visit the whole reader works without a network.

   Not served as it is: statement_core/site/service-worker/build.mjs bundles it with the Workbox modules it imports
   (esbuild, production builds, nothing else of Workbox) and writes the result into the built site (sw.js at
   the site root, so its scope is the whole site wherever the site is served), after two constants: BUILD,
   and PRECACHE, the precache list that Workbox's injectManifest puts in place of its injection point.

   BUILD = {version, dates: {language: date}, precache: {files, bytes}, pdfs: {urls, bytes, revision}} */
/* global BUILD, PRECACHE */
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { cacheNames, clientsClaim, setCacheNameDetails } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";

setCacheNameDetails({ prefix: "vn-by-statement" });

// Every page of both languages, the assets, the search indexes and the open data (the list is derived
// from the build; see build.mjs). Installing fetches them all; only a complete install makes the worker
// wait, and activating it, which the reader chooses (SKIP_WAITING below), removes the entries of the
// previous build. Until then the previous build keeps serving its own pages: never a mix of two builds.
precacheAndRoute(PRECACHE, {
  ignoreURLParametersMatching: [/.*/], // a static site: no query string changes what a URL serves
});
cleanupOutdatedCaches(); // any other precache of this scope: older Workbox versions, renamed caches
clientsClaim(); // the first visit's page is controlled (and reports "saved") without a reload

// The PDFs are the largest files: kept when first opened, or all at once when the reader asks
// (KEEP_PDFS). Their cache is named after their revisions, so unchanged PDFs survive a new build.
const PDF_CACHE_PREFIX = `${cacheNames.prefix}-pdfs-`;
const PDF_CACHE = `${PDF_CACHE_PREFIX}${BUILD.pdfs.revision}-${cacheNames.suffix}`;
const pdfStrategy = new CacheFirst({
  cacheName: PDF_CACHE,
  plugins: [new CacheableResponsePlugin({ statuses: [200] })],
});
registerRoute(
  ({ url }) => url.href.startsWith(self.registration.scope) && url.pathname.endsWith(".pdf"),
  pdfStrategy,
);

function pdfUrls() {
  return BUILD.pdfs.urls.map((url) => new URL(url, self.location.href).href);
}

async function keepPdfs(event) {
  await Promise.all(pdfUrls().map((url) => pdfStrategy.handleAll({ event, request: new Request(url) })[1]));
}

/** PDF caches of earlier builds of this site (same scope), with how many files each holds. */
async function earlierPdfCaches() {
  const names = (await caches.keys()).filter((name) => name !== PDF_CACHE
    && name.startsWith(PDF_CACHE_PREFIX) && name.endsWith(`-${cacheNames.suffix}`));
  return Promise.all(names.map(async (name) => ({ name, kept: (await (await caches.open(name)).keys()).length })));
}

self.addEventListener("install", (event) => {
  // A reader who kept the PDFs keeps them in the new build too, fetched before the update is offered.
  event.waitUntil(earlierPdfCaches()
    .then((earlier) => (earlier.some((cache) => cache.kept > 0) ? keepPdfs(event) : undefined))
    .catch(() => undefined)); // best effort: the pages matter more than the PDFs
});

self.addEventListener("activate", (event) => {
  event.waitUntil(earlierPdfCaches().then((earlier) => Promise.all(earlier.map((cache) => caches.delete(cache.name)))));
});

/** What the page shows about this build's saved copy. */
async function savedCopy() {
  const cache = await caches.open(PDF_CACHE);
  const kept = (await Promise.all(pdfUrls().map((url) => cache.match(url)))).filter(Boolean).length;
  return {
    version: BUILD.version,
    dates: BUILD.dates,
    files: BUILD.precache.files,
    bytes: BUILD.precache.bytes,
    pdfs: { count: BUILD.pdfs.urls.length, bytes: BUILD.pdfs.bytes, kept },
  };
}

self.addEventListener("message", (event) => {
  const type = event.data && event.data.type;
  const reply = (answer) => event.waitUntil(answer.then((data) => event.ports[0] && event.ports[0].postMessage(data)));
  if (type === "SKIP_WAITING") {
    self.skipWaiting(); // sent by the page only when the reader accepts the new version
  } else if (type === "SAVED_COPY") {
    reply(savedCopy());
  } else if (type === "KEEP_PDFS") {
    reply(keepPdfs(event).catch(() => undefined).then(savedCopy));
  }
});
