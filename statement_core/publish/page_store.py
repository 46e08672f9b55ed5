"""Theme-rendered pages kept between builds, each under a digest of everything its template reads.

Material's base.html costs a few milliseconds a page, and a collection of a hundred documents has thousands
of pages, of which a data edit changes a few: at 100× the theme's rendering was half of a rebuild. The key
(made by hooks/page_render_cache.py from the template's whole context: the page's HTML, its navigation, the
site settings, the theme's files) covers every input, so a kept page is never stale: any change is another
key. Keys are content digests, so builds side by side (parallel test workers) write the same bytes under
the same name; each file is written to a temporary name and moved into place, and a reader that loses a
race with a clean-up simply renders the page.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import time
from pathlib import Path

log = logging.getLogger("mkdocs.statement.page_store")
KEPT_KINDS = 6  # kinds of build (site, bundle, test data, benchmark collections) whose pages stay warm


class RenderedPageStore:
    """One kind of build's kept pages (kinds differ in data folder and settings, so each has a folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened = time.time()
        self.used: set[str] = set()
        self.hits = self.misses = 0
        folder.mkdir(parents=True, exist_ok=True)
        os.utime(folder)  # recently used: this kind is kept longest

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.html"

    def get(self, key: str) -> str | None:
        try:
            html = self._path(key).read_text(encoding="utf-8")
        except OSError:
            self.misses += 1
            return None
        self.used.add(key)
        self.hits += 1
        return html

    def file(self, html: str) -> Path:
        """The kept file holding `html` (kept now if it was not): pages whose key is their own content, to be
        linked into the site rather than written (statement_core/file_links.py)."""
        key = hashlib.sha256(html.encode("utf-8")).hexdigest()
        path = self._path(key)
        if path.exists():
            self.used.add(key)
            self.hits += 1
        else:
            self.misses += 1
            self.put(key, html)
        return path

    def put(self, key: str, html: str) -> None:
        path = self._path(key)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(html, encoding="utf-8")
            os.replace(partial, path)
        except OSError:  # another build removed this kind's folder meanwhile: the page is just not kept
            return
        self.used.add(key)

    def prune(self) -> None:
        """Drop the pages this build did not use (older than its start: another build's new ones stay), and
        the kinds of build least recently run beyond the few kept."""
        log.debug("Theme-rendered pages: %d kept from an earlier build, %d rendered", self.hits, self.misses)
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for path in shard.iterdir():
                key = path.name.removesuffix(".html")
                try:
                    if key not in self.used and path.stat().st_mtime < self.opened:
                        path.unlink()
                except OSError:
                    pass  # already gone: another build of this kind pruned it
        kinds = sorted((folder for folder in self.folder.parent.iterdir() if folder.is_dir()),
                       key=lambda folder: folder.stat().st_mtime, reverse=True)
        for old in kinds[KEPT_KINDS:]:
            if old != self.folder:
                shutil.rmtree(old, ignore_errors=True)
