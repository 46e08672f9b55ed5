"""Mark glossary terms in plain clause text as <abbr> elements, escaping everything else.

The text is split on term matches and each piece is escaped on its own, so no character of the data can
ever turn into markup, whatever the data holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from markupsafe import Markup, escape

from statement_core.model import GlossaryTerm


@lru_cache(maxsize=16)
def _pattern(matches: tuple[str, ...]) -> re.Pattern[str] | None:
    if not matches:
        return None
    alternatives = "|".join(re.escape(match) for match in sorted(matches, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def annotate(text: str, terms: Iterable[GlossaryTerm], language: str) -> Markup:
    owner: dict[str, GlossaryTerm] = {}
    for term in terms:
        for match in term.matches.get(language, ()):  # type: ignore[call-overload]
            owner.setdefault(match, term)
    pattern = _pattern(tuple(owner))
    if pattern is None:
        return escape(text)
    pieces: list[Markup] = []
    position = 0
    for found in pattern.finditer(text):
        term = owner[found.group(0)]
        pieces.append(escape(text[position:found.start()]))
        pieces.append(Markup('<abbr class="gloss" title="{title}" data-term="{id}" tabindex="0">{text}</abbr>').format(
            title=term.expansion.get(language), id=term.id, text=found.group(0)))
        position = found.end()
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)
