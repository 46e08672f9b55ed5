"""Checks on the translation's editions (data/editions.yaml) and the revisions the chapter files record.

Each problem is reported where its fix belongs: an edition out of order at its entry in editions.yaml, a
revision that names an unknown edition or repeats the current text at that revision in the chapter file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from statement_core.data.assemble import segments_of
from statement_core.data.cross_checks import DocumentFiles
from statement_core.data.file_models import ClauseEntry, EditionsFile, RevisionEntry
from statement_core.data.errors import LANGUAGE_NAMES, DataIssue
from statement_core.text.partial_date import PartialDate
from statement_core.data.yaml_source import YamlSource

LANGUAGES = ("vi", "en", "ru")


@dataclass(frozen=True)
class RecordedRevision:
    """A revision as a chapter file records it, with what it belongs to and where it sits."""

    source: YamlSource
    clause_index: int
    clause: ClauseEntry
    language: str
    index: int
    entry: RevisionEntry

    @property
    def path(self) -> tuple[str | int, ...]:
        return ("clauses", self.clause_index, "revisions", self.language, self.index)

    def issue(self, message: str, field: str | None = None) -> DataIssue:
        return self.source.issue(self.path + ((field,) if field else ()), message)

    def lines(self) -> set[int]:
        """The lines of the entry and of each of its fields: where other checks report it."""
        fields: tuple[tuple[str, ...], ...] = ((), ("segment",), ("edition",), ("earlier",))
        return {self.source.line_map.line_of(self.path + field) for field in fields}

    @property
    def name(self) -> str:
        return f"clause {self.clause.number} segment {self.clause.number}.{self.entry.segment}"


def recorded_revisions(files: DocumentFiles) -> Iterator[RecordedRevision]:
    for source, chapter in files.chapters.values():
        for clause_index, clause in enumerate(chapter.clauses):
            if clause.revisions is None:
                continue
            for language in LANGUAGES:
                for index, entry in enumerate(getattr(clause.revisions, language)):
                    yield RecordedRevision(source, clause_index, clause, language, index, entry)


def check_editions(editions: tuple[YamlSource, EditionsFile]) -> list[DataIssue]:
    """Editions numbered 1, 2, 3… in order, each published after the one before it."""
    source, registry = editions
    issues: list[DataIssue] = []
    previous: PartialDate | None = None
    for index, entry in enumerate(registry.editions):
        if entry.number != index + 1:
            issues.append(source.issue(("editions", index, "number"),
                                       f"edition number {entry.number} should be {index + 1}; number editions "
                                       "1, 2, 3… oldest first, never skipping or reusing a number"))
        date = PartialDate.parse(entry.date)
        if previous is not None and date.sort_key() <= previous.sort_key():
            issues.append(source.issue(("editions", index, "date"),
                                       f"edition {entry.number} is dated {entry.date}, not after the edition before "
                                       f"it ({previous.iso()}); editions are listed oldest first, each published later "
                                       "than the last: fix the date or the order"))
        previous = date
    return issues


def _segments(clause: ClauseEntry, language: str) -> tuple[str, ...]:
    return segments_of(getattr(clause.text, language))


def _wording_after(revision: RecordedRevision, later: list[RecordedRevision]) -> str | None:
    """The wording that replaced this revision's `earlier`: the next revision's earlier text, or the current one."""
    following = [other for other in later if other.clause is revision.clause and other.language == revision.language
                 and other.entry.segment == revision.entry.segment and other.entry.edition > revision.entry.edition]
    if following:
        return min(following, key=lambda other: other.entry.edition).entry.earlier
    segments = _segments(revision.clause, revision.language)
    return segments[revision.entry.segment - 1] if revision.entry.segment <= len(segments) else None


def check_revisions(files: DocumentFiles, edition_numbers: list[int]) -> list[DataIssue]:
    """Revisions only of a translation, of a segment that exists, in a known later edition, each a real change."""
    _, document = files.document
    translations = {code for code, entry in document.languages.items() if entry.status == "unofficial-translation"}
    issues: list[DataIssue] = []
    revisions = list(recorded_revisions(files))
    for revision in revisions:
        entry, language = revision.entry, revision.language
        if language not in translations:
            issues.append(revision.issue(
                f"clause {revision.clause.number}: the {LANGUAGE_NAMES[language]} text is authentic and never "
                f"changes, so it cannot take a revision; remove revisions.{language} (a correction of the "
                f"translation goes under revisions.{next(iter(sorted(translations)), 'en')})"))
            continue
        count = len(_segments(revision.clause, language))
        if entry.segment > count:
            issues.append(revision.issue(f"clause {revision.clause.number} has {count} segment"
                                         f"{'s' if count != 1 else ''}, not {entry.segment}; give the position of "
                                         "the segment that changed", "segment"))
            continue
        if entry.edition == 1:
            issues.append(revision.issue("edition 1 is the first publication, which revised nothing; give the "
                                         "edition in which the new wording took effect (2 or later)", "edition"))
        elif entry.edition not in edition_numbers:
            known = [str(number) for number in edition_numbers]
            issues.append(revision.issue(
                f"unknown edition {entry.edition}; the editions are "
                f"{', '.join(known)}: add edition {entry.edition} to data/editions.yaml or fix the number",
                "edition"))
        same = [other for other in revisions if other is not revision and other.clause is revision.clause
                and other.language == language and other.entry.segment == entry.segment
                and other.entry.edition == entry.edition]
        if same and same[0].index < revision.index:
            issues.append(revision.issue(f"{revision.name} already has a revision for edition {entry.edition}; a "
                                         "segment changes once per edition, so keep one", "edition"))
        if entry.earlier == _wording_after(revision, revisions):
            issues.append(revision.issue(
                f"{revision.name}: the earlier text is the same as the wording that replaced it in edition "
                f"{entry.edition}; a revision records a change, so give the wording the edition before published, "
                "or remove the revision", "earlier"))
    return issues


def check_editions_revised(editions: tuple[YamlSource, EditionsFile], revised: set[int]) -> list[DataIssue]:
    """Every edition after the first changed something (`revised`: the editions any revision names)."""
    source, registry = editions
    return [source.issue(("editions", index, "number"),
                         f"edition {entry.number} has no revisions; record each change it made under "
                         "revisions.en of the clause it changed (segment, edition, earlier, reason), or remove "
                         "the edition")
            for index, entry in enumerate(registry.editions) if entry.number > 1 and entry.number not in revised]


def check_errata(files: DocumentFiles, editions: tuple[YamlSource, EditionsFile]) -> list[DataIssue]:
    """An erratum corrects its revision's reason after that reason was published, oldest first, and says
    something the reason (or the erratum before it) did not."""
    _, registry = editions
    dates = {entry.number: PartialDate.parse(entry.date) for entry in registry.editions}
    issues: list[DataIssue] = []
    for revision in recorded_revisions(files):
        corrected = revision.entry.reason
        previous = dates.get(revision.entry.edition)
        for index, erratum in enumerate(revision.entry.errata):
            path = revision.path + ("errata", index)
            date = PartialDate.parse(erratum.date)
            if previous is not None and date.sort_key() < previous.sort_key():
                issues.append(revision.source.issue(path + ("date",), (
                    f"{revision.name}: the erratum is dated {erratum.date}, before what it corrects was published "
                    f"({previous.iso()}); date it the day it is published, errata oldest first")))
            if erratum.reason == corrected:
                issues.append(revision.source.issue(path + ("reason",), (
                    f"{revision.name}: the erratum gives the same reason as the one it corrects; give the reason "
                    "as it should read, or remove the erratum")))
            corrected, previous = erratum.reason, date
    return issues
