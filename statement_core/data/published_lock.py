"""data/published.lock.yaml: what every published edition of the translation said, segment by segment.

The lock is written by `make edition` (python -m statement_core edition) and only by it. The data check
compares data/ with it (lock_checks.py), so a published English segment cannot change without a revision
record, and publishing a new edition is the one step that adds to what is locked.

Shape: per document, per translated language, per segment id, the wording keyed by the edition that first
published it; the wording stands in every later edition until the next key.

    documents:
      vn-by-2025-strategic-partnership:
        en:
          "18.3":
            1: and to strengthen … nuclear radiation safety.
            2: and to strengthen … nuclear and radiation safety.
    reasons:
      vn-by-2025-strategic-partnership:
        en:
          "18.3":
            2:
              reason: {en: …, vi: …}
              errata: [{date: "2026-12-07", reason: {en: …, vi: …}}]

`reasons` holds, per revised segment and edition, the reason that edition published and the errata
published since: a published reason is never rewritten, only corrected by a dated erratum (lock_checks.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from statement_core.data.file_models import FullDate, LanguageCode, Slug, Text
from statement_core.model import Corpus, Document, Language

LOCK_FILE = "published.lock.yaml"
SegmentId = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]*\.[1-9][0-9]*$")]
HEADER = ("# Written by `make edition` (python -m statement_core edition); never edit it by hand.\n"
          "# What each published edition of the translation said, segment by segment: `make check-data`\n"
          "# fails when a published segment differs from it without a revision (data/README.md, Editions).\n")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class LockedEdition(_Strict):
    number: Annotated[int, Field(ge=1)]
    date: FullDate


class LockedText(_Strict):
    en: Text
    vi: Text


class LockedErratum(_Strict):
    date: FullDate
    reason: LockedText


class LockedReason(_Strict):
    reason: LockedText
    errata: list[LockedErratum] = Field(default_factory=list)


class LockFile(_Strict):
    editions: list[LockedEdition] = Field(min_length=1)
    documents: dict[Slug, dict[LanguageCode, dict[SegmentId, dict[int, Text]]]]
    # Absent in a lock written before reasons were locked: then no reason is held yet.
    reasons: dict[Slug, dict[LanguageCode, dict[SegmentId, dict[int, LockedReason]]]] = Field(default_factory=dict)


def translated_languages(document: Document) -> list[Language]:
    """The languages that have editions: the translations (the authentic texts never change)."""
    return [code for code, provenance in document.languages.items() if provenance.status == "unofficial-translation"]


def _segment_versions(document: Document, language: Language, first: int, last: int) -> dict[str, dict[int, str]]:
    """Each segment's wording keyed by the edition that published it, from edition `first` to `last`."""
    versions: dict[str, dict[int, str]] = {}
    for clause in document.clauses:
        if not clause.segments(language):
            continue
        for position in range(1, clause.segment_count + 1):
            segment = clause.segment(position, language)
            changes = [first] + [number for number in segment.revised_in if first < number <= last]
            versions[segment.id] = {number: segment.text_in_edition(number) for number in changes}
    return versions


def _texts(localized: Any) -> dict[str, str]:
    return {"en": localized.en, "vi": localized.vi}


def _segment_reasons(document: Document, language: Language, last: int) -> dict[str, dict[int, Any]]:
    """Each revised segment's reasons keyed by edition, up to edition `last`, with their errata."""
    reasons: dict[str, dict[int, Any]] = {}
    for clause in document.clauses:
        for revision in clause.texts[language].revisions:
            if revision.edition > last:
                continue
            entry: dict[str, Any] = {"reason": _texts(revision.reason)}
            if revision.errata:
                entry["errata"] = [{"date": erratum.date.iso(), "reason": _texts(erratum.reason)}
                                   for erratum in revision.errata]
            reasons.setdefault(f"{clause.number}.{revision.segment}", {})[revision.edition] = entry
    return reasons


def lock_of(corpus: Corpus, previous: LockFile | None = None) -> dict[str, Any]:
    """The lock for every edition the corpus lists. Documents the previous lock already holds are kept from
    their first edition on; a document new since then is first published in the newest edition."""
    last = corpus.editions[-1].number
    documents: dict[str, Any] = {}
    for document in corpus.documents:
        new = previous is not None and document.id not in previous.documents
        first = last if new else corpus.editions[0].number
        documents[document.id] = {language: _segment_versions(document, language, first, last)
                                  for language in translated_languages(document)}
    reasons = {document.id: {language: _segment_reasons(document, language, last)
                             for language in translated_languages(document)} for document in corpus.documents}
    return {"editions": [{"number": edition.number, "date": edition.date.iso()} for edition in corpus.editions],
            "documents": documents, "reasons": reasons}


def read_lock(path: Path) -> LockFile | None:
    """The committed lock, already validated by the data check; None before the first edition is locked."""
    if not path.exists():
        return None
    return LockFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def render_lock(lock: dict[str, Any]) -> str:
    return HEADER + yaml.safe_dump(lock, allow_unicode=True, sort_keys=False, width=100_000)


