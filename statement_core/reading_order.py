"""The order readers meet the registries in, the same on the site and in the PDFs."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from statement_core.model import Agreement, Corpus, GlossaryTerm


def glossary_order(terms: Iterable[GlossaryTerm], language: str) -> list[GlossaryTerm]:
    """Acronyms first, then terms, each alphabetically in `language` (case-insensitive)."""
    return sorted(terms, key=lambda term: (term.kind != "acronym", term.term.get(language).casefold()))


def timeline_by_year(corpus: Corpus) -> list[tuple[int | None, tuple[Agreement, ...]]]:
    """The timeline in groups of one year each, oldest first, then the agreements not yet dated (year None).
    corpus.timeline() is already dated-then-pending, and grouping keeps that order."""
    return [(year, tuple(agreements))
            for year, agreements in groupby(corpus.timeline(), key=lambda a: a.date.year if a.date else None)]
