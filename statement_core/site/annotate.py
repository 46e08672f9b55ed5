"""Mark glossary terms in plain clause text as <abbr> elements, escaping everything else.

The text is split on term matches and each piece is escaped on its own, so no character of the data can
ever turn into markup, whatever the data holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from statement_core.model import GlossaryTerm


class _Marker:
    """One language's glossary matcher, and the texts it has marked (clauses are shown on several pages)."""

    def __init__(self, terms: tuple[GlossaryTerm, ...], language: str) -> None:
        self.terms, self.language = terms, language
        self.owner: dict[str, GlossaryTerm] = {}
        for term in terms:
            for match in term.matches.get(language, ()):  # type: ignore[call-overload]
                self.owner.setdefault(match, term)
        alternatives = "|".join(re.escape(match) for match in sorted(self.owner, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if self.owner else None
        self.marked: dict[str, Markup] = {}

    def mark(self, text: str) -> Markup:
        if text not in self.marked:
            self.marked[text] = self._mark(text)
        return self.marked[text]

    def _mark(self, text: str) -> Markup:
        if self.pattern is None:
            return escape(text)
        pieces: list[Markup] = []
        position = 0
        for found in self.pattern.finditer(text):
            term = self.owner[found.group(0)]
            pieces.append(escape(text[position:found.start()]))
            pieces.append(Markup('<abbr class="gloss" title="{title}" data-term="{id}" tabindex="0">{text}</abbr>').format(
                title=term.expansion.get(self.language), id=term.id, text=found.group(0)))
            position = found.end()
        pieces.append(escape(text[position:]))
        return Markup("").join(pieces)


_MARKERS: dict[tuple[int, str], _Marker] = {}


def annotate(text: str, terms: Iterable[GlossaryTerm], language: str) -> Markup:
    terms = tuple(terms)  # the same object when given the corpus's tuple: it keys the cache below
    marker = _MARKERS.get((id(terms), language))
    if marker is None or marker.terms is not terms:  # the marker holds its terms, so the id is not reused
        if len(_MARKERS) > 8:  # glossaries of past builds (`mkdocs serve` reloads the data on each edit)
            _MARKERS.clear()
        marker = _MARKERS[(id(terms), language)] = _Marker(terms, language)
    return marker.mark(text)


def annotate_segments(segments: Iterable[str], terms: Iterable[GlossaryTerm], language: str) -> tuple[Markup, ...]:
    """Each segment of a clause marked on its own, for a reader that shows segments as separate elements.

    Joined with single spaces, the result is exactly annotate() of the whole clause text: no glossary term
    spans a segment boundary in the data (tests/test_core_units.py keeps it so).
    """
    terms = tuple(terms)
    return tuple(annotate(segment, terms, language) for segment in segments)
