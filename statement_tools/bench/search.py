"""Search cost on a built site: each language's index file and its word tables (search/<language>-words.js,
loaded only when a query has a word that is no word of the text), raw and gzip; the time to get the reader's
index ready when the dialog first opens (and both languages'), and the time from the last keystroke to
rendered results. Also what a reading page's Cite dialog loads: its document's data script (issue 30).

The keystroke is measured inside the page: the query without its last character is in the field, then
the last character arrives as an `input` event (what a keystroke fires) and the clock stops once the
results are in the DOM and laid out (reading offsetHeight forces layout). A fixed set of queries from the
relevance set, each typed several times. A keystroke whose query first needs a language's word tables is timed
until its list for the words of the text (what the reader sees at once); the next sample waits until the tables
are in and the list redone, so the later ones are timed with them, as every later query is.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from urllib.request import Request, urlopen


from statement_core.search.index_file import words_file
from statement_tools.browser import CHROMIUM_ARGS, chromium_path
from statement_tools.local_server import serve

from statement_tools.bench.weights import file_sizes

# Phrases, unaccented, unfinished, English, synonym, cross-language: the kinds of query readers type; and
# issue 38's: a question, a real word found by meaning (its dictionary and readers' words loaded then).
QUERIES = {"vi": ["hợp tác kinh tế", "tri tue nhan tao", "bo quy tac ung xu", "biến đổi khí h", "South China Sea",
                  "scholarships", "an ninh", "Hiệp định", "thuốc", "quan hệ ngoại giao từ năm nào"],
           "en": ["economic cooperation", "artificial intell", "freedom of navigation", "railway", "học bổng",
                  "jobs in belarus", "factories", "what did they agree about the South China Sea?"]}
REPEATS = 5
READY_VISITS = 3  # fresh visits per language whose open → ready is timed

LAST_KEYSTROKE = """async (query) => {
  const input = document.querySelector('[data-search-input]');
  const results = document.querySelector('[data-search-results]');
  input.value = query.slice(0, -1);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise(requestAnimationFrame);
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, data: query.slice(-1), inputType: 'insertText'}));
  void results.offsetHeight;
  const elapsed = performance.now() - start;
  const dialog = document.querySelector('[data-search-dialog]');
  while (dialog.dataset.searchWordsLoading) await new Promise(requestAnimationFrame);
  return elapsed;
}"""

OPEN_UNTIL_READY = """async () => {
  const start = performance.now();
  document.querySelector('[data-search-open]').click();
  const dialog = document.querySelector('[data-search-dialog]');
  while (!dialog.dataset.searchReady) await new Promise(requestAnimationFrame);
  const ready = performance.now() - start;
  while (!dialog.dataset.searchComplete) await new Promise(requestAnimationFrame);
  return [ready, performance.now() - start];
}"""


@dataclass
class SearchCost:
    corpus: str
    index_sizes: list[tuple[str, int, int]] = field(default_factory=list)  # (language, raw, gzip)
    # search/<language>-words.js, the same: loaded only when a query first needs them (index_file.py)
    words_sizes: list[tuple[str, int, int]] = field(default_factory=list)
    ready_ms: list[float] = field(default_factory=list)  # dialog opened → the reader's index loaded and built
    complete_ms: list[float] = field(default_factory=list)  # … and the other language's too
    cite_sizes: list[tuple[str, int, int]] = field(default_factory=list)  # (language, raw, gzip): the largest
    # document's Cite dialog data, what one reading page loads
    keystroke_ms: list[float] = field(default_factory=list)

    @property
    def median_keystroke(self) -> float:
        return statistics.median(self.keystroke_ms)


def measure_search(site: Path, corpus: str) -> SearchCost:
    from playwright.sync_api import sync_playwright

    cost = SearchCost(corpus, [(language, *file_sizes(site / "search" / f"{language}.js")) for language in ("vi", "en")],
                      words_sizes=[(language, *file_sizes(site / "search" / words_file(language)))
                                   for language in ("vi", "en") if (site / "search" / words_file(language)).exists()])
    for language, root in (("vi", site), ("en", site / "en")):
        scripts = sorted((root / "assets" / "citations").glob("*.js"), key=lambda path: path.stat().st_size)
        cost.cite_sizes.append((language, *file_sizes(scripts[-1])))
    with serve(site) as url, sync_playwright() as playwright:
        # The server compresses each file once, as the real site's CDN has it compressed already: fetch the
        # indexes and word tables once so that the first page does not wait for Python's gzip (local_server.py).
        for language in QUERIES:
            for file in (f"{language}.js", words_file(language)):
                if (site / "search" / file).exists():
                    urlopen(Request(f"{url}search/{file}", headers={"Accept-Encoding": "gzip"})).read()
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for language, queries in QUERIES.items():
            for visit in range(READY_VISITS):
                # Service workers blocked: on a first visit the worker precaches the whole site, at 100× over
                # 5,000 pages from this same machine's server, and the search's own cost would drown in it
                # (the worker's precache is measured in section 4, and on a real network it waits on the
                # network, not on the reader's CPU).
                context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
                page = context.new_page()
                page.goto(url + ("" if language == "vi" else f"{language}/"))
                ready, complete = page.evaluate(OPEN_UNTIL_READY)
                cost.ready_ms.append(ready)
                cost.complete_ms.append(complete)
                if visit == READY_VISITS - 1:
                    for _ in range(REPEATS):
                        cost.keystroke_ms += [page.evaluate(LAST_KEYSTROKE, query) for query in queries]
                context.close()
        browser.close()
    return cost
