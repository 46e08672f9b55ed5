"""Which pages the site has, where their marker files live, and the address of each in each language.

The plan is derived from the corpus, so adding a chapter to data/ adds its page, its nav entry and its
marker check at once. Below the site, the PDFs and the citations alike: each links to the site through it.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

from statement_core.model import Corpus

PageKind = Literal["home", "chapter", "full-text", "coverage", "timeline", "glossary", "downloads"]
DEFAULT_LANGUAGE = "vi"
DOWNLOADS_URL = "downloads/"  # below the site root: the exports, PDFs and checksums, one folder for both languages


def language_root(language: str) -> str:
    """The folder of a language below the site root: "" for the default language, "en/" for English."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


@dataclass(frozen=True)
class PlannedPage:
    kind: PageKind
    src_path: str  # path of the marker file below docs/
    document_id: str | None = None
    chapter_id: str | None = None

    def front_matter(self) -> dict[str, str]:
        """What the marker file's front matter must say for this page."""
        matter = {"generated": self.kind}
        if self.document_id:
            matter["document"] = self.document_id
        if self.chapter_id:
            matter["chapter"] = self.chapter_id
        return matter

    def url(self, language: str, directory_urls: bool = True) -> str:
        """Site-root-relative URL, e.g. "en/vn-by-…/economy/" ("" is the Vietnamese home).

        Without directory URLs (the offline bundle, read from file:// where a folder does not open its
        index.html) the same page is "en/vn-by-…/economy.html" and the home is "index.html".
        """
        stem = self.src_path[: -len(".md")]
        if directory_urls:
            path = "" if stem == "index" else (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"
        else:
            path = f"{stem}.html"
        return language_root(language) + path


@dataclass(frozen=True)
class SitePlan:
    pages: tuple[PlannedPage, ...]

    @cached_property
    def _by_identity(self) -> dict[tuple[str, str | None, str | None], PlannedPage]:
        return {(p.kind, p.document_id, p.chapter_id): p for p in self.pages}

    @cached_property
    def _by_src_path(self) -> dict[str, PlannedPage]:
        return {p.src_path: p for p in self.pages}

    def find(self, kind: PageKind, document_id: str | None = None, chapter_id: str | None = None) -> PlannedPage:
        return self._by_identity[(kind, document_id, chapter_id)]

    def by_src_path(self, src_path: str) -> PlannedPage | None:
        return self._by_src_path.get(src_path)


def plan_site(corpus: Corpus) -> SitePlan:
    pages: list[PlannedPage] = [PlannedPage("home", "index.md")]
    for document in corpus.documents:
        for chapter in document.chapters:
            pages.append(PlannedPage("chapter", f"{document.id}/{chapter.id}.md", document.id, chapter.id))
        pages.append(PlannedPage("full-text", f"{document.id}/full-text.md", document.id))
        if document.press:
            pages.append(PlannedPage("coverage", f"{document.id}/press-coverage.md", document.id))
    pages += [PlannedPage("timeline", "timeline.md"), PlannedPage("glossary", "glossary.md"),
              PlannedPage("downloads", "downloads.md")]
    return SitePlan(tuple(pages))


READING_LANGUAGES = ("vi", "en")


def language_versions(page_url: str, site_url: str) -> dict[str, str]:
    """Absolute URL of the same page in each language: every page exists in both (vi at the root)."""
    base = page_url.lstrip("./")
    for language in READING_LANGUAGES:
        if language != DEFAULT_LANGUAGE and (base == language or base.startswith(f"{language}/")):
            base = base[len(language):].lstrip("/")
    root = site_url.rstrip("/") + "/"
    return {language: root + (base if language == DEFAULT_LANGUAGE else f"{language}/{base}")
            for language in READING_LANGUAGES}


@lru_cache(maxsize=8192)  # every clause links to the same few pages (timeline, chapters, downloads)
def relative_url(from_url: str, to_url: str) -> str:
    """Link from one directory URL to another (or to a file), as MkDocs would write it."""
    target = "/" + to_url
    base = "/" + from_url
    relative = posixpath.relpath(target, base if base.endswith("/") else posixpath.dirname(base))
    if to_url.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return "./" if relative == "./" or relative == "." else relative
