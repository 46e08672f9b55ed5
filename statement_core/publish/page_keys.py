"""The key of a marker page's rendering (statement_core/site/render.py): a digest of what it is made from.

A chapter or full-text page shows one document: its key is that document's data, with what every page may
read besides (the registries, the site plan, the collection's document ids, the PDFs' names, sizes and
digests, the code and fragment templates) and where the page is (language, address, link style). An
edition page shows one document as that edition stood and lists the other documents by title: its key adds
every document's title. Every other page (home, timeline, glossary, changes, downloads) may show any
document, so its key is the whole corpus and every download. After an edit to one document of a hundred,
its pages are rendered again and the others' come from the store.
"""

from __future__ import annotations

import hashlib
from functools import cached_property
from pathlib import Path

from statement_core.exports.manifest import Download
from statement_core.kept_files import files_digest
from statement_core.model import Corpus
from statement_core.site.render import FRAGMENTS_DIR
from statement_core.site.views import PageContext
from statement_core.site_plan import SitePlan

CORE = Path(__file__).resolve().parents[1]
ONE_DOCUMENT_KINDS = ("chapter", "full-text", "edition")
WITH_EVERY_TITLE = ("edition",)  # these list the collection's documents by title (site/edition_pages.py)
SHOWN_ON_ONE_DOCUMENT_PAGES = (".pdf", ".zip")  # the print editions and the offline bundle, with sizes


def _downloads(downloads: tuple[Download, ...], suffixes: tuple[str, ...] | None) -> str:
    return "\n".join(f"{item.name} {item.size_bytes} {item.sha256}" for item in downloads
                     if suffixes is None or item.name.endswith(suffixes))


class PageKeys:
    """Keys for one build's pages: the parts every page shares are digested once."""

    def __init__(self, corpus: Corpus, plan: SitePlan, downloads: tuple[Download, ...]) -> None:
        self.corpus = corpus
        # The code and templates read for each build: `mkdocs serve` rebuilds when a fragment template changes.
        shared = hashlib.sha256(files_digest((CORE, FRAGMENTS_DIR)).encode())
        shared.update(corpus.model_dump_json(exclude={"documents"}).encode())
        shared.update("|".join(document.id for document in corpus.documents).encode())
        shared.update(repr(plan.pages).encode())
        self._shared = shared
        self._downloads = downloads

    @cached_property
    def _documents(self) -> dict[str, str]:
        return {document.id: hashlib.sha256(document.model_dump_json().encode()).hexdigest()
                for document in self.corpus.documents}

    @cached_property
    def _one_document_shared(self) -> hashlib._Hash:
        digest = self._shared.copy()
        digest.update(_downloads(self._downloads, SHOWN_ON_ONE_DOCUMENT_PAGES).encode())
        return digest

    @cached_property
    def _every_document_shared(self) -> hashlib._Hash:
        digest = self._shared.copy()
        digest.update(_downloads(self._downloads, None).encode())
        digest.update("|".join(self._documents.values()).encode())
        return digest

    @cached_property
    def _titles(self) -> str:
        titles = [(document.id, document.title.model_dump_json()) for document in self.corpus.documents]
        return hashlib.sha256(repr(titles).encode()).hexdigest()

    def key(self, context: PageContext) -> str:
        page = context.page
        if page.kind in ONE_DOCUMENT_KINDS and page.document_id:
            digest = self._one_document_shared.copy()
            digest.update(self._documents[page.document_id].encode())
            if page.kind in WITH_EVERY_TITLE:
                digest.update(self._titles.encode())
        else:
            digest = self._every_document_shared.copy()
        digest.update(repr((page, context.language, context.site_url, context.directory_urls,
                            context.downloads_url, context.corrections)).encode())
        return digest.hexdigest()
