"""Rendered pages kept between builds, each under a digest of everything it is made from.

Material's base.html costs a few milliseconds a page, and a collection of a hundred documents has thousands
of pages, of which a data edit changes a few: at 100× the theme's rendering was half of a rebuild. The key
(made by hooks/page_render_cache.py from the template's whole context: the page's HTML, its navigation, the
site settings, the theme's files) covers every input, so a kept page is never stale: any change is another
key. Keys are content digests, so builds side by side (parallel test workers) write the same bytes under
the same name; each file is written to a temporary name and moved into place, and a reader that loses a
race with a clean-up simply renders the page. The same store keeps the core's own rendering of the marker
pages (publish/page_keys.py) and the share pages (by their content, to be linked into the site).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import time
from pathlib import Path

from statement_core.kept_files import drop_least_recent

log = logging.getLogger("mkdocs.statement.page_store")
KEPT_KINDS = 6
PICKLED = ".pickle"  # kinds of build (site, bundle, test data, benchmark collections) whose pages stay warm


class RenderedPageStore:
    """One kind of build's kept pages (kinds differ in data folder and settings, so each has a folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened = time.time()
        self.used: set[str] = set()
        self.hits = self.misses = 0
        folder.mkdir(parents=True, exist_ok=True)
        os.utime(folder)  # recently used: this kind is kept longest

    def _path(self, key: str, suffix: str = ".html") -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def _read(self, key: str, suffix: str) -> bytes | None:
        try:
            content = self._path(key, suffix).read_bytes()
        except OSError:
            self.misses += 1
            return None
        self.used.add(key)
        self.hits += 1
        return content

    def _write(self, key: str, suffix: str, content: bytes) -> None:
        path = self._path(key, suffix)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(content)
            os.replace(partial, path)
        except OSError:  # another build removed this kind's folder meanwhile: the entry is just not kept
            return
        self.used.add(key)

    def get(self, key: str) -> str | None:
        content = self._read(key, ".html")
        return None if content is None else content.decode("utf-8")

    def put(self, key: str, html: str) -> None:
        self._write(key, ".html", html.encode("utf-8"))

    def has(self, key: str) -> bool:
        return self._path(key, PICKLED).exists()

    def load(self, key: str) -> object | None:
        """A kept object (statement_core's own rendered pages), or None."""
        content = self._read(key, PICKLED)
        try:
            return None if content is None else pickle.loads(content)
        except (pickle.UnpicklingError, EOFError):
            return None

    def keep(self, key: str, value: object) -> None:
        self._write(key, PICKLED, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

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

    def prune(self) -> None:
        """Drop the pages this build did not use (older than its start: another build's new ones stay), and
        the kinds of build least recently run beyond the few kept."""
        log.debug("%s: %d kept from an earlier build, %d made", self.folder.parent.name, self.hits, self.misses)
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for path in shard.iterdir():
                key = path.name.split(".")[0]  # a partial file ("." first) has none: pruned once old
                try:
                    if key not in self.used and path.stat().st_mtime < self.opened:
                        path.unlink()
                except OSError:
                    pass  # already gone: another build of this kind pruned it
        drop_least_recent(self.folder.parent, KEPT_KINDS, spare=self.folder)
