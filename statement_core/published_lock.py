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
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from statement_core.data_files import FullDate, LanguageCode, Slug, Text
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


class LockFile(_Strict):
    editions: list[LockedEdition] = Field(min_length=1)
    documents: dict[Slug, dict[LanguageCode, dict[SegmentId, dict[int, Text]]]]


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
    return {"editions": [{"number": edition.number, "date": edition.date.iso()} for edition in corpus.editions],
            "documents": documents}


def read_lock(path: Path) -> LockFile | None:
    """The committed lock, already validated by the data check; None before the first edition is locked."""
    if not path.exists():
        return None
    return LockFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def render_lock(lock: dict[str, Any]) -> str:
    return HEADER + yaml.safe_dump(lock, allow_unicode=True, sort_keys=False, width=100_000)


