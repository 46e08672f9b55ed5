"""Which pages the site has, where their marker files live, and the address of each in each language.

The plan is derived from the corpus, so adding a chapter to data/ adds its page, its nav entry and its
marker check at once. Below the site, the PDFs and the citations alike: each links to the site through it.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

from statement_core.model import READING_LANGUAGES, Clause, Corpus

_LANGUAGE_SUFFIX = re.compile(r"\.[a-z]{2}\.md$")  # static-i18n's suffix structure: "x.en.md"
PageKind = Literal["home", "chapter", "full-text", "coverage", "timeline", "glossary", "downloads", "edition", "changes"]
DEFAULT_LANGUAGE = "vi"
EDITIONS_FOLDER = "editions"  # editions/<N>/ and en/editions/<N>/: each edition of the translation, for good
TRANSLATION_PAGE = "how-we-translate.md"  # hand-written, in both languages: how we translate and correct (issue 31)
DOWNLOADS_URL = "downloads/"  # below the site root: the exports, PDFs and checksums, one folder for both languages


def public_url(site_url: str, path: str = "", fragment: str = "") -> str:
    """An address on the public site: citations, permalinks, PDF links and page metadata point there, even
    from the offline bundle and the PDFs."""
    return site_url.rstrip("/") + "/" + path + (f"#{fragment}" if fragment else "")


def language_root(language: str) -> str:
    """The folder of a language below the site root: "" for the default language, "en/" for English."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def edition_path(language: str, number: int) -> str:
    """Site-root-relative address of the whole text as edition `number` published it: "en/editions/2/".

    Every edition has one, the current one included, so a citation of edition N keeps pointing at the words
    it cited after edition N+1 is published.
    """
    return f"{language_root(language)}editions/{number}/"


def edition_url(site_url: str, language: str, number: int) -> str:
    """The permanent public address of edition `number` in `language`: what citations and exports link to."""
    return f"{site_url.rstrip('/')}/{edition_path(language, number)}"


def hand_written_url(src_path: str, language: str, directory_urls: bool = True) -> str:
    """Site-root-relative URL of a hand-written page of docs/ ("how-we-translate.md") in `language`."""
    stem = src_path[: -len(".md")]
    return language_root(language) + (f"{stem}/" if directory_urls else f"{stem}.html")


@dataclass(frozen=True)
class PlannedPage:
    kind: PageKind
    src_path: str  # path of the marker file below docs/
    document_id: str | None = None
    chapter_id: str | None = None
    edition: int | None = None  # an edition page: the whole text as that edition of the translation stood

    def front_matter(self) -> dict[str, str | int]:
        """What the marker file's front matter must say for this page."""
        matter: dict[str, str | int] = {"generated": self.kind}
        if self.document_id:
            matter["document"] = self.document_id
        if self.chapter_id:
            matter["chapter"] = self.chapter_id
        if self.edition is not None:
            matter["edition"] = self.edition
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
    def _by_identity(self) -> dict[tuple[str, str | None, str | None, int | None], PlannedPage]:
        return {(p.kind, p.document_id, p.chapter_id, p.edition): p for p in self.pages}

    @cached_property
    def _by_src_path(self) -> dict[str, PlannedPage]:
        return {p.src_path: p for p in self.pages}

    def find(self, kind: PageKind, document_id: str | None = None, chapter_id: str | None = None,
             edition: int | None = None) -> PlannedPage:
        return self._by_identity[(kind, document_id, chapter_id, edition)]

    def by_src_path(self, src_path: str) -> PlannedPage | None:
        """The page of a marker file: the default one ("x.md") or a language's own ("x.en.md")."""
        return self._by_src_path.get(_LANGUAGE_SUFFIX.sub(".md", src_path))

    def clause_page(self, document_id: str, clause: Clause) -> PlannedPage:
        return self.find("chapter", document_id, clause.chapter_id)

    def clause_url(self, site_url: str, document_id: str, clause: Clause, language: str) -> str:
        """A clause's permalink: its chapter page in `language`, `#clause-N` (the same anchor in both)."""
        return public_url(site_url, self.clause_page(document_id, clause).url(language), clause.anchor)

    def statement_url(self, site_url: str, document_id: str, language: str) -> str:
        """The public address of a document's whole text in one language."""
        return public_url(site_url, self.find("full-text", document_id).url(language))

    def edition_url(self, site_url: str, document_id: str, language: str, number: int) -> str:
        """The permanent public address of a document's whole text as edition `number` published it."""
        return public_url(site_url, self.find("edition", document_id, edition=number).url(language))


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
    if corpus.editions:  # what changed in the translation, and every edition at its own address
        pages.append(PlannedPage("changes", "changes.md"))
        for edition in corpus.editions:
            # editions/<N>/ is the first document as edition N published it (edition_path); each further
            # document has its own page below it, so no page grows with the corpus.
            for position, document in enumerate(corpus.documents):
                folder = f"{EDITIONS_FOLDER}/{edition.number}" + (f"/{document.id}" if position else "")
                pages.append(PlannedPage("edition", f"{folder}.md", document.id, edition=edition.number))
    return SitePlan(tuple(pages))



def language_versions(page_url: str, site_url: str) -> dict[str, str]:
    """Absolute URL of the same page in each language: every page exists in both (vi at the root)."""
    base = page_url.lstrip("./")
    for language in READING_LANGUAGES:
        if language != DEFAULT_LANGUAGE and (base == language or base.startswith(f"{language}/")):
            base = base[len(language):].lstrip("/")
    return {language: public_url(site_url, base if language == DEFAULT_LANGUAGE else f"{language}/{base}")
            for language in READING_LANGUAGES}


@lru_cache(maxsize=65536)  # every clause links to the same few pages (timeline, chapters, downloads)
def relative_url(from_url: str, to_url: str) -> str:
    """Link from one directory URL to another (or to a file), as MkDocs would write it."""
    target = "/" + to_url
    base = "/" + from_url
    relative = posixpath.relpath(target, base if base.endswith("/") else posixpath.dirname(base))
    if to_url.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return "./" if relative == "./" or relative == "." else relative
