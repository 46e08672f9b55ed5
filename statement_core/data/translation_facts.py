"""The facts a translation must keep from the authentic text, segment by segment: numbers, years, dates, acronyms.

A translation may reword anything else, but a year, a number, a date or an acronym of the authentic segment
must appear in the same segment of the translation, and the translation must not bring in one the authentic
segment lacks. A fact missing from one segment and surplus in another is one mistake, a fact in the wrong
segment, and is reported once, where it now stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from statement_core.data.errors import LANGUAGE_NAMES

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Small numbers that are not part of a d/m/yyyy date ("33 năm", "Điều 125"): the day and month of a date are
# checked as the date, since the month turns into a word in the translation.
_NUMBER = re.compile(r"(?<![\d/])\d{1,3}(?![\d/])")
_DIGITS = re.compile(r"\d+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# 12/5/2025, 11-12/5/2025 and 3/2014 as the Vietnamese text writes dates.
_VIETNAMESE_DATE = re.compile(r"(?<!\d)(?:(\d{1,2})(?:-\d{1,2})?/)?(\d{1,2})/(\d{4})")
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def years(text: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(text))


def acronyms(text: str) -> frozenset[str]:
    return frozenset(_ACRONYM.findall(text))


# Cached: a corpus repeats texts (the benchmark loads the same document a hundred times) and a build loads
# the corpus once per language; each text is scanned once.
@lru_cache(maxsize=8192)
def required_facts(text: str) -> frozenset[str]:
    """What a translation of `text` must contain: its years, acronyms and numbers outside dates."""
    return years(text) | acronyms(text) | frozenset(_NUMBER.findall(text))


@lru_cache(maxsize=8192)
def stated_facts(text: str) -> frozenset[str]:
    """Every number and acronym `text` states, dates included (what a translation may take from it)."""
    return frozenset(_DIGITS.findall(text)) | acronyms(text)


def dates_as_written(text: str, language: str) -> list[str]:
    """Each d/m/yyyy or m/yyyy of a Vietnamese text as `language` writes it ("12 May 2025", "March 2014")."""
    months = MONTH_NAMES.get(language)
    if months is None:
        return []
    written = []
    for day, month, year in _VIETNAMESE_DATE.findall(text):
        if 1 <= int(month) <= 12:
            written.append(f"{day} {months[int(month) - 1]} {year}" if day else f"{months[int(month) - 1]} {year}")
    return written


@dataclass(frozen=True)
class FactProblem:
    segment: int  # 0-based index of the translation segment to fix
    message: str  # without the "clause N segment M:" prefix


def fact_problems(source: Sequence[str], target: Sequence[str], source_language: str,
                  target_language: str) -> list[FactProblem]:
    """Facts of each source segment missing from, or surplus in, the target segment of the same position."""
    source_name = LANGUAGE_NAMES.get(source_language, source_language)
    target_name = LANGUAGE_NAMES.get(target_language, target_language)
    missing = [required_facts(s) - stated_facts(t) for s, t in zip(source, target, strict=True)]
    surplus = [set(stated_facts(t) - stated_facts(s)) for s, t in zip(source, target, strict=True)]
    problems: list[FactProblem] = []
    for position, facts in enumerate(missing):
        for fact in sorted(facts):
            elsewhere = next((other for other, extra in enumerate(surplus) if fact in extra), None)
            if elsewhere is None:
                problems.append(FactProblem(position, f"the {source_name} has {fact} but the {target_name} does "
                                                      "not; add it, or check where the segments are divided"))
            else:
                surplus[elsewhere].discard(fact)
                problems.append(FactProblem(elsewhere, f"{fact} belongs in segment {position + 1}, where the "
                                                       f"{source_name} has it, not in segment {elsewhere + 1}; "
                                                       "move it"))
    for position, facts in enumerate(surplus):
        for fact in sorted(facts):
            problems.append(FactProblem(position, f"the {target_name} has {fact} but the {source_name} does not; "
                                                  "check it, or check where the segments are divided"))
    for position, (s, t) in enumerate(zip(source, target, strict=True)):
        if "/" not in s:  # every date the rule reads is written with slashes
            continue
        for date in dates_as_written(s, target_language):
            if years(date) <= stated_facts(t) and not all(part in t for part in date.split()):
                problems.append(FactProblem(position, f"the date {date} of the {source_name} is not written "
                                                      f"'{date}' in the {target_name}"))
    return problems
