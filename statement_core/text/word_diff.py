"""Word-level difference between an earlier wording and the current one, as runs a template can mark up.

A word is a run of non-space characters, so punctuation stays with its word ("(2000);") and a reader sees
whole words struck out and inserted, as legislation sites show amendments. Both texts are compared in NFC:
the same letter typed precomposed or with combining marks ("ệ" / "e\u0323\u0302") is the same word, and a
change of encoding alone never shows as a change of wording.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

RunKind = Literal["equal", "deleted", "inserted"]


@dataclass(frozen=True)
class DiffRun:
    kind: RunKind
    text: str  # the run's words joined by single spaces (plain text: the template escapes it)


def words(text: str) -> list[str]:
    """The words of `text` in NFC; any run of white space separates two words."""
    return unicodedata.normalize("NFC", text).split()


SHORTEST_KEPT_EQUAL = 3  # fewer equal words than this between two changes are read as part of one change


def word_diff(earlier: str, current: str) -> tuple[DiffRun, ...]:
    """Runs of equal, deleted (only in `earlier`) and inserted (only in `current`) words, in reading order.

    A replaced passage gives its deleted run before its inserted run, so the old wording is read first. One
    or two equal words between two changes join them (as diff-match-patch's semantic clean-up does): "Mutual
    Judicial and Legal Assistance" against "Legal Assistance and Legal Relations" reads as one replaced
    title, not as four scraps around a kept "and Legal". Joining the equal and deleted runs gives
    `earlier`, the equal and inserted runs `current` (spaces normalised to one).
    """
    before, after = words(earlier), words(current)
    # Each piece: (equal words, [], []) or ([], deleted words, inserted words).
    pieces: list[tuple[list[str], list[str], list[str]]] = []
    # autojunk off: in a short clause the common words ("the", "of") are the anchors a reader expects.
    matcher = SequenceMatcher(a=before, b=after, autojunk=False)
    for operation, start_before, end_before, start_after, end_after in matcher.get_opcodes():
        if operation == "equal":
            pieces.append((after[start_after:end_after], [], []))
            continue
        deleted, inserted = before[start_before:end_before], after[start_after:end_after]
        if len(pieces) >= 2 and not pieces[-1][1] and not pieces[-1][2] and pieces[-2][0] == [] \
                and len(pieces[-1][0]) < SHORTEST_KEPT_EQUAL:
            kept, _, _ = pieces.pop()
            _, earlier_deleted, earlier_inserted = pieces.pop()
            deleted, inserted = earlier_deleted + kept + deleted, earlier_inserted + kept + inserted
        pieces.append(([], deleted, inserted))
    runs: list[DiffRun] = []
    for equal, deleted, inserted in pieces:
        runs += [DiffRun(kind, " ".join(part)) for kind, part in
                 (("equal", equal), ("deleted", deleted), ("inserted", inserted)) if part]
    return tuple(runs)


def side(runs: tuple[DiffRun, ...], kept: RunKind) -> str:
    """One side of a difference again: `kept="deleted"` gives the earlier text, "inserted" the current."""
    return " ".join(run.text for run in runs if run.kind in ("equal", kept))
