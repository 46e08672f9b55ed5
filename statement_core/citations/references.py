"""Full references for one citable thing, rendered by citeproc-py from the official CSL styles.

A note or in-text citation carries the locator (the clause, later a segment "13(2)"); a bibliography or
reference-list entry never does, so it is rendered from its own citation without one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from statement_core.citations.items import LOCATOR_LABEL, CslItem
from statement_core.citations.styles import APA, CHICAGO, OSCOLA, CslFile, load_style


@dataclass(frozen=True)
class CitationStyle:
    id: str  # stable: the dialog's data-cite-style and the label choice("cite_style", <id>)
    csl: CslFile
    part: Literal["citation", "bibliography"]  # a note / in-text citation, or a bibliography entry


STYLES: tuple[CitationStyle, ...] = (
    CitationStyle("chicago-note", CHICAGO, "citation"),
    CitationStyle("chicago-bibliography", CHICAGO, "bibliography"),
    CitationStyle("apa-reference", APA, "bibliography"),
    CitationStyle("apa-in-text", APA, "citation"),
    CitationStyle("oscola-note", OSCOLA, "citation"),
)

References = dict[str, str]  # style id -> plain text


def _ignore_unknown(item: CitationItem) -> None:
    raise KeyError(f"citeproc-py cannot find item {item.key!r}")


def render(style: CitationStyle, item: CslItem, language: str, locator: str | None = None) -> str:
    csl_style = load_style(style.csl, style.csl.locale_for(language))
    bibliography = CitationStylesBibliography(csl_style, CiteProcJSON([item]), formatter.plain)
    wants_locator = locator is not None and style.part == "citation"
    cited = CitationItem(item["id"], locator=Locator(LOCATOR_LABEL, locator)) if wants_locator else CitationItem(item["id"])
    citation = Citation([cited])
    bibliography.register(citation)
    if style.part == "citation":
        text = str(bibliography.cite(citation, _ignore_unknown))
    else:
        (text,) = (str(entry) for entry in bibliography.bibliography())
    return unicodedata.normalize("NFC", " ".join(text.split()))


def render_references(item: CslItem, language: str, locator: str | None = None,
                      whole: CslItem | None = None) -> References:
    """Every style's reference to `item` cited at `locator` (e.g. "13" or "13(2)"), in the dialog's order.

    Bibliography entries describe the whole work: `whole` (the statement) when `item` is a part of it.
    """
    return {style.id: render(style, whole if whole and style.part == "bibliography" else item, language, locator)
            for style in STYLES}


# Values CSL prints verbatim in these styles: a part's note is the whole work's note rendered once at these,
# then given each part's locator and address. Digits only, so CSL takes the locator as singular.
_LOCATOR_MARK = "987654321"
_URL_MARK = "https://address.invalid/part"


@dataclass(frozen=True)
class PartReferences:
    """Notes for many parts of one work in one language, at the cost of one rendering per style.

    citeproc-py takes ~6 ms per rendering, so a note per clause per style would dominate the build (and
    grow with every document). The notes differ only in the locator and the address, which the styles print
    as given; each style is rendered once with marks in their place, and a mark that is not printed exactly
    once falls back to a full rendering. tests/test_citations.py renders every clause in full and compares.
    """

    whole: CslItem
    language: str
    bibliography: References
    marked: References
    of_whole: References  # the references to the whole work itself


    @classmethod
    def of(cls, whole: CslItem, language: str) -> PartReferences:
        marked_item = {**whole, "URL": _URL_MARK}
        of_whole = render_references(whole, language)
        return cls(whole, language, {s.id: of_whole[s.id] for s in STYLES if s.part == "bibliography"},
                   {s.id: render(s, marked_item, language, _LOCATOR_MARK) for s in STYLES if s.part == "citation"},
                   of_whole)

    def part(self, locator: str, url: str) -> References:
        references = {}
        for style in STYLES:
            if style.part == "bibliography":
                references[style.id] = self.bibliography[style.id]
                continue
            marked = self.marked[style.id]
            if marked.count(_LOCATOR_MARK) == 1 and marked.count(_URL_MARK) <= 1:  # APA in-text has no URL
                references[style.id] = marked.replace(_LOCATOR_MARK, locator).replace(_URL_MARK, url)
            else:
                references[style.id] = render(style, {**self.whole, "URL": url}, self.language, locator)
        return references
