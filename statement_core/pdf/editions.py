"""Which PDF editions exist, what their files are called, and who publishes them."""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.model import Language

# The site's publisher in English (mkdocs.yml only carries the Vietnamese `site_author`); the PDF Author.
SITE_AUTHOR = "Viet Nam – Belarus Joint Statement project"


@dataclass(frozen=True)
class Edition:
    code: str  # part of the file name and of the label key "pdf_edition_<code>"
    languages: tuple[Language, ...]  # reading columns, left to right

    @property
    def language(self) -> Language:
        """The edition's main language: <html lang>, PDF /Lang, and the wording of the page furniture."""
        return self.languages[0]

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    def file_name(self, document_id: str, edition: str) -> str:
        """`<document>-en-edition-4.pdf`: named by the edition of the translation a reader cites (one address per
        edition and file); the build's date and commit are in the PDF's colophon and metadata."""
        return f"{document_id}-{self.code}-{edition}.pdf"


BILINGUAL = Edition("vi-en", ("vi", "en"))
EDITIONS: tuple[Edition, ...] = (BILINGUAL, Edition("vi", ("vi",)), Edition("en", ("en",)))
