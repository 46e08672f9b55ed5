"""Page weight on first visit: every response a page loads in real Chromium, raw and gzipped.

The built site is served on 127.0.0.1 by the project's local server (bodies as Playwright sees them are
the decoded, raw bytes); each page opens in a fresh browser context (empty cache), and every response body,
the search worker's requests included (the search index), is counted. The service worker's downloads for
offline reading start after the page has loaded and are not counted here: the report gives them on their
own. Gzip sizes are Python's gzip at level 6, a typical server setting, applied to each body separately.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse


from statement_tools.browser import CHROMIUM_ARGS, chromium_path
from statement_tools.local_server import serve

SETTLE_MS = 1500  # after network idle: anything a script loads a moment after load is counted too
CATEGORIES = ("html", "css", "js", "fonts", "search index", "images", "other")


def gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6, mtime=0))


def category(url: str, content_type: str) -> str:
    path = urlparse(url).path
    if re.search(r"/search/[a-z]{2}(-words|-texts)?\.js$", path):  # an index, its word tables or its texts
        return "search index"
    if "html" in content_type or path.endswith((".html", "/")):
        return "html"
    if "css" in content_type or path.endswith(".css"):
        return "css"
    if "javascript" in content_type or path.endswith((".js", ".mjs")):
        return "js"
    if "font" in content_type or path.endswith((".woff2", ".woff", ".ttf", ".otf")):
        return "fonts"
    if content_type.startswith("image/") or path.endswith((".svg", ".png", ".ico", ".jpg", ".webp")):
        return "images"
    return "other"


@dataclass
class PageWeight:
    url: str
    raw: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    gzipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    requests: int = 0

    def add(self, kind: str, body: bytes) -> None:
        self.raw[kind] += len(body)
        self.gzipped[kind] += gzip_size(body)
        self.requests += 1

    @property
    def total_raw(self) -> int:
        return sum(self.raw.values())

    @property
    def total_gzip(self) -> int:
        return sum(self.gzipped.values())


def page_weights(site: Path, paths: list[str]) -> list[PageWeight]:
    """First-visit weight of each site-relative path ("" is the home page)."""
    from playwright.sync_api import sync_playwright

    results = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            for path in paths:
                context = browser.new_context()  # fresh profile: empty HTTP cache
                responses = []
                context.on("response", lambda response: responses.append(response))  # worker fetches too
                page = context.new_page()
                page.goto(base + path, wait_until="networkidle")
                page.wait_for_timeout(SETTLE_MS)
                weight = PageWeight(path or "/")
                for response in responses:
                    if urlparse(response.url).scheme not in ("http", "https") or not 200 <= response.status < 300:
                        continue  # data: URLs, redirects and misses carry no transferred body
                    if response.request.service_worker is not None:
                        continue  # the offline precache, fetched after load: reported on its own (report.py)
                    weight.add(category(response.url, response.headers.get("content-type", "")), response.body())
                results.append(weight)
                context.close()
        finally:
            browser.close()
    return results


def file_sizes(path: Path) -> tuple[int, int]:
    """(raw, gzip) bytes of one file."""
    body = path.read_bytes()
    return len(body), gzip_size(body)


DOWNLOADS = "downloads"  # the site's folder of PDFs, open-data exports and the offline zip


def site_size(site: Path) -> tuple[int, int]:
    """(files, bytes) of a built site without its downloads: what the site itself ships (pages, assets,
    scripts, indexes, the service worker). File sizes only: nothing is read."""
    files = [path for path in site.rglob("*") if path.is_file() and path.relative_to(site).parts[0] != DOWNLOADS]
    return len(files), sum(path.stat().st_size for path in files)
