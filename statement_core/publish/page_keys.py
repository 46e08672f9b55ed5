"""What a marker page's rendering (statement_core/site/page_render.py) is made from: the inputs of its key.

A chapter or full-text page shows one document: its document's data, with what every page may read besides
(the registries, the site plan, the PDFs' names, sizes and digests) and where the page is (language,
address, link style). An edition page also lists the other documents by title. Every other page (home,
timeline, glossary, changes, downloads) may show any document: the whole corpus and every download. (The
code and templates are in every key the store makes.) After an edit to one document of a hundred, its
pages are rendered again and the others' come from the store.
"""

from __future__ import annotations

import hashlib
from functools import cached_property

from statement_core.exports.manifest import Download
from statement_core.publish.data_digests import DataDigests
from statement_core.site.page_context import PageContext

ONE_DOCUMENT_KINDS = ("chapter", "full-text", "edition")
WITH_EVERY_TITLE = ("edition",)  # these list the collection's documents by title (site/edition_pages.py)
SHOWN_ON_ONE_DOCUMENT_PAGES = (".pdf", ".zip")  # the print editions and the offline bundle, with sizes


def _downloads(downloads: tuple[Download, ...], suffixes: tuple[str, ...] | None) -> str:
    listing = "\n".join(f"{item.name} {item.size_bytes} {item.sha256}" for item in downloads
                        if suffixes is None or item.name.endswith(suffixes))
    return hashlib.sha256(listing.encode()).hexdigest()


class PageKeys:
    def __init__(self, digests: DataDigests, downloads: tuple[Download, ...]) -> None:
        self._digests = digests
        self._downloads = downloads

    @cached_property
    def _pdfs(self) -> str:
        return _downloads(self._downloads, SHOWN_ON_ONE_DOCUMENT_PAGES)

    @cached_property
    def _every_download(self) -> str:
        return _downloads(self._downloads, None)

    def inputs(self, context: PageContext) -> list[object]:
        page = context.page
        where = repr((page, context.language, context.site_url, context.directory_urls, context.downloads_url,
                      context.corrections))
        if page.kind in ONE_DOCUMENT_KINDS and page.document_id:
            data = [self._digests.shared, self._digests.documents[page.document_id], self._pdfs]
            if page.kind in WITH_EVERY_TITLE:
                data.append(self._digests.titles)
        else:
            data = [self._digests.whole, self._every_download]
        return [self._digests.plan, *data, where]
