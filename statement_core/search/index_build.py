"""search/<language>.js, with the search index built at build time for a large collection (issue 22).

Building the index in the page takes about 0.35 ms per record here: nothing for the statement's 91
records, seconds for a hundred documents. Records with their serialised index are about four times the
records' size (gzip), so the index is written only from SERIALISED_FROM records on; below that the page
builds it from the records, about as fast as it would load it and from a quarter of the download.

Node builds them (scripts/search-index.mjs) with the code the pages search with (overrides/search/), and
the build overlaps it as it does the service worker (an output of the publishing step with a `start`,
statement_core/publish/outputs.py): Node starts when the build does and indexes the
model's records while MkDocs renders the pages; the hand-written pages' records, known only at the end,
are added last. The result is cached in build/search-index/, keyed on everything it is made from (the
records, the synonyms, the engine's sources and its libraries' versions), so an unchanged rebuild only
copies two files and starts no Node at all.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from statement_core.model import READING_LANGUAGES, Corpus
from statement_core.parallel import Forked
from statement_core.search.index_file import index_data, index_script, synonym_groups
from statement_core.search.records import SearchRecord, search_records
from statement_core.search.related_words import related_words
from statement_core.site.node_scripts import ROOT, NodeScript
from statement_core.site_plan import SitePlan

SCRIPT = ROOT / "scripts" / "search-index.mjs"
# What the index is made with, besides its records: a change to any of these builds it afresh.
SOURCES = (SCRIPT, ROOT / "overrides" / "search" / "engine.mjs", ROOT / "overrides" / "search" / "text.mjs",
           ROOT / "statement_core" / "search" / "related_words.py",
           *(ROOT / "node_modules" / package / "package.json" for package in ("minisearch", "stemmer")))
CACHE = ROOT / "build" / "search-index"
KEEP = 4  # cached builds kept (the site's, the offline bundle's, and a test corpus or two)
SERIALISED_FROM = 400  # records of one language (the statement has 91; ten documents, about 560)


def _digest(*parts: bytes) -> str:
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(hashlib.sha256(part).digest())
    return hashed.hexdigest()[:20]


def _clause_texts(records: list[dict]) -> list[str]:
    """What WordNet's related words are checked against: each clause's heading and text."""
    return [f"{record.get('title', '')}. {record['text']}" for record in records if record["kind"] == "clause"]


def _records_json(records: Mapping[str, list[SearchRecord]]) -> dict[str, list[dict]]:
    return {language: [record.as_json() for record in records.get(language, [])] for language in READING_LANGUAGES}


class SearchIndexBuild:
    """One build's search indexes: started with the model's records, written with the hand-written pages'."""

    def __init__(self, corpus: Corpus, plan: SitePlan, directory_urls: bool) -> None:
        self.synonyms = synonym_groups(corpus)
        self.model = _records_json({language: search_records(corpus, plan, language, directory_urls)
                                    for language in READING_LANGUAGES})
        self.serialised = max(len(records) for records in self.model.values()) >= SERIALISED_FROM
        self.node: NodeScript | None = None
        self.related: Forked[dict[str, str]] | dict[str, str] | None = None
        self.key = ""
        if self.serialised:
            self.key = _digest(*(path.read_bytes() for path in SOURCES),
                               json.dumps([self.model, self.synonyms], ensure_ascii=False).encode())
            if (CACHE / self.key).is_dir():  # most likely an unchanged rebuild: Node may not be needed
                return
            self._start()
        # The English readers' words from WordNet (related_words.py): about 2 s to load WordNet and 1 s to
        # relate the text's words, in a process of their own while the pages render.
        self.related = Forked(related_words, _clause_texts(self.model["en"]))

    def _start(self) -> NodeScript:
        self.node = NodeScript(SCRIPT, "minisearch")
        self.node.send({"records": self.model})
        return self.node

    def write(self, site_dir: Path, extra_records: Mapping[str, list[SearchRecord]]) -> list[Path]:
        """search/<language>.js for every reading language: the model's records, then `extra_records` (the
        sections of hand-written pages, read from the built HTML), each with its serialised index."""
        extra = _records_json(extra_records)
        target = site_dir / "search"
        target.mkdir(parents=True, exist_ok=True)
        if not self.serialised:
            return [self._script(target / f"{language}.js", language, extra) for language in READING_LANGUAGES]
        folder = CACHE / self.key / _digest(json.dumps(extra, ensure_ascii=False).encode())
        if folder.is_dir():
            self.cancel()
        else:
            self._build(folder, extra)
        (CACHE / self.key).touch()  # recently used: kept when the cache is pruned
        return [Path(shutil.copyfile(folder / f"{language}.js", target / f"{language}.js"))
                for language in READING_LANGUAGES]

    def _related(self, language: str) -> dict[str, str]:
        if language != "en":
            return {}
        if isinstance(self.related, Forked):
            self.related = self.related.result()
        elif self.related is None:  # not started: the cached index was expected
            self.related = related_words(_clause_texts(self.model["en"]))
        return self.related

    def _script(self, path: Path, language: str, extra: dict[str, list[dict]], serialised: str = "") -> Path:
        data = index_data(language, [*self.model[language], *extra[language]], self.synonyms, self._related(language))
        path.write_text(index_script(data, serialised), encoding="utf-8")
        return path

    def _build(self, folder: Path, extra: dict[str, list[dict]]) -> None:
        node, self.node = self.node or self._start(), None
        CACHE.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=CACHE, prefix=".partial-"))
        try:
            node.run({"records": extra, "out": str(work)})
            for language in READING_LANGUAGES:
                serialised = work / f"{language}.json"
                self._script(work / f"{language}.js", language, extra, serialised.read_text(encoding="utf-8"))
                serialised.unlink()
            folder.parent.mkdir(parents=True, exist_ok=True)
            work.rename(folder)  # whole or not at all: an interrupted build leaves no half entry
        finally:
            shutil.rmtree(work, ignore_errors=True)
        _prune()

    def cancel(self) -> None:
        """The build failed, or the cache already has the indexes: end Node if it was started."""
        if self.node is not None:
            self.node.cancel()
            self.node = None
        if isinstance(self.related, Forked):
            self.related.cancel()
            self.related = None


def _prune() -> None:
    entries = sorted((path for path in CACHE.iterdir() if path.is_dir() and not path.name.startswith(".")), key=lambda path: path.stat().st_mtime,
                     reverse=True)
    for stale in entries[KEEP:]:
        shutil.rmtree(stale, ignore_errors=True)
