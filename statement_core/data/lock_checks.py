"""Nothing published changes silently: data/ must give every locked edition the very words it published.

For each segment in data/published.lock.yaml and each locked edition, the wording data/ gives that edition
(the `earlier` of the segment's first revision after it, or the current text) must equal the locked one. A
difference is reported where the fix belongs: at the current segment (restore it or record a revision) or
at the revision whose earlier text is not what was published. Editions keep their locked numbers and dates.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from statement_core.data.assemble import segments_of
from statement_core.data.cross_checks import DocumentFiles
from statement_core.data.file_models import ClauseEntry, EditionsFile
from statement_core.data.edition_checks import RecordedRevision, recorded_revisions
from statement_core.data.errors import LANGUAGE_NAMES, DataIssue
from statement_core.data.published_lock import LockFile
from statement_core.data.yaml_source import YamlSource


@dataclass(frozen=True)
class _Clause:
    source: YamlSource
    index: int
    entry: ClauseEntry

    def segments(self, language: str) -> tuple[str, ...]:
        return segments_of(getattr(self.entry.text, language))

    def text_path(self, language: str, position: int | None = None) -> tuple[str | int, ...]:
        path: tuple[str | int, ...] = ("clauses", self.index, "text", language)
        one_string = isinstance(getattr(self.entry.text, language), str)
        return path if position is None or one_string else path + (position - 1,)

    def text_lines(self, language: str) -> set[int]:
        """The lines of this language's text and of each of its segments: where other checks report it."""
        positions = [None, *range(1, len(self.segments(language)) + 1)]
        return {self.source.line_map.line_of(self.text_path(language, position)) for position in positions}


def check_locked_editions(lock: tuple[YamlSource, LockFile], editions: tuple[YamlSource, EditionsFile],
                          reported: set[tuple[str, int]]) -> list[DataIssue]:
    """A published edition keeps its number and date in data/editions.yaml (unless that date is reported)."""
    lock_source, locked = lock
    source, registry = editions
    listed = {entry.number: (index, entry) for index, entry in enumerate(registry.editions)}
    issues = []
    for position, edition in enumerate(locked.editions):
        where = f"{lock_source.display_path}:{lock_source.line_map.line_of(('editions', position))}"
        if edition.number not in listed:
            issues.append(lock_source.issue(("editions", position),
                                            f"edition {edition.number} was published on {edition.date} but "
                                            f"{source.display_path} no longer lists it; restore its entry"))
        elif listed[edition.number][1].date != edition.date:
            index, entry = listed[edition.number]
            if (source.display_path, source.line_map.line_of(("editions", index, "date"))) in reported:
                continue
            issues.append(source.issue(("editions", index, "date"),
                                       f"edition {edition.number} was published on {edition.date} ({where}), not "
                                       f"{entry.date}; a published edition keeps its date"))
    return issues


def _wording(revisions: list[RecordedRevision], current: str, edition: int) -> tuple[str, RecordedRevision | None]:
    """The wording data/ gives `edition` and the revision it comes from (None: the current text)."""
    for revision in sorted(revisions, key=lambda revision: revision.entry.edition):
        if revision.entry.edition > edition:
            return revision.entry.earlier, revision
    return current, None


def check_document_against_lock(files: DocumentFiles, lock: tuple[YamlSource, LockFile],
                                reported: set[tuple[str, int]]) -> list[DataIssue]:
    """Every locked segment of this document, in every locked edition, as data/ gives it.

    A clause's language that another check already reported (`reported`: display path and line) is left out:
    one mistake, one message, and fixing it may restore the published text too.
    """
    lock_source, locked = lock
    _, document = files.document
    if document.id not in locked.documents:
        return []  # not published yet: `make edition` locks it
    clauses = {entry.number: _Clause(source, index, entry) for source, chapter in files.chapters.values()
               for index, entry in enumerate(chapter.clauses)}
    revisions: dict[tuple[int, str, int], list[RecordedRevision]] = defaultdict(list)
    for revision in recorded_revisions(files):
        revisions[(revision.clause.number, revision.language, revision.entry.segment)].append(revision)
    edition_numbers = [edition.number for edition in locked.editions]
    next_edition = max(edition_numbers) + 1
    issues: list[DataIssue] = []
    for language, segments in locked.documents[document.id].items():
        for segment_id, versions in segments.items():
            lock_path = ("documents", document.id, language, segment_id)
            lock_line = f"{lock_source.display_path}:{lock_source.line_map.line_of(lock_path)}"
            number, position = (int(part) for part in segment_id.split("."))
            clause = clauses.get(number)
            # A clause or segment that is gone is reported against the official text (every paragraph has a
            # clause, every language as many segments as the authentic one); one already reported is left out.
            if clause is None or position > len(clause.segments(language)):
                continue
            own = revisions[(number, language, position)]
            # Any revision of this clause's language with a problem of its own (e.g. a wrong segment) may be
            # the one meant for this segment: leave the segment until it is fixed.
            siblings = [revision for (clause_number, revision_language, _), entries in revisions.items()
                        for revision in entries if (clause_number, revision_language) == (number, language)]
            lines = clause.text_lines(language) | {line for revision in siblings for line in revision.lines()}
            if any((clause.source.display_path, line) in reported for line in lines):
                continue
            current = clause.segments(language)[position - 1]
            # Newest first: a changed current text is reported against the edition readers have now.
            for edition in sorted((number for number in edition_numbers if number >= min(versions)), reverse=True):
                published = versions[max(key for key in versions if key <= edition)]
                wording, revision = _wording(own, current, edition)
                if wording == published:
                    continue
                if revision is None:
                    # The change belongs to the edition that published the next wording, or else to a new one.
                    changed_in = min((key for key in versions if key > edition), default=next_edition)
                    new_edition = f", and add edition {changed_in} to data/editions.yaml" \
                        if changed_in == next_edition else ""
                    issues.append(clause.source.issue(clause.text_path(language, position), (
                        f"clause {number} segment {segment_id}: the {LANGUAGE_NAMES[language]} differs from what "
                        f"edition {edition} published ({lock_line}) and no revision records the change; restore "
                        f"the published wording, or record the change: under revisions.{language} add segment: "
                        f"{position}, edition: {changed_in}, earlier: the published wording, and a reason"
                        f"{new_edition}")))
                else:
                    issues.append(revision.issue(
                        f"{revision.name}: the earlier text differs from what edition {edition} published "
                        f"({lock_line}); copy the published wording exactly", "earlier"))
                break
    return issues


def check_reasons_against_lock(files: DocumentFiles, lock: tuple[YamlSource, LockFile],
                               reported: set[tuple[str, int]]) -> list[DataIssue]:
    """A published reason is never rewritten, and a published erratum is never changed or removed.

    What a reader read as the reason for a change is part of the record like the wording itself: a mistake in
    it is corrected by a dated erratum (`errata:` under the revision), which leaves the reason as published.
    A revision another check already reported (`reported`) is left out: one mistake, one message.
    """
    lock_source, locked = lock
    _, document = files.document
    held = locked.reasons.get(document.id, {})
    revisions: dict[tuple[int, str, int, int], RecordedRevision] = {}
    for revision in recorded_revisions(files):  # the first of two for one edition: the other one is reported
        key = (revision.clause.number, revision.language, revision.entry.segment, revision.entry.edition)
        revisions.setdefault(key, revision)
    issues: list[DataIssue] = []
    for language, segments in held.items():
        for segment_id, by_edition in segments.items():
            number, position = (int(part) for part in segment_id.split("."))
            for edition, published in by_edition.items():
                lock_path = ("reasons", document.id, language, segment_id, edition)
                where = f"{lock_source.display_path}:{lock_source.line_map.line_of(lock_path)}"
                revision = revisions.get((number, language, position, edition))
                if revision is None or any((revision.source.display_path, line) in reported
                                           for line in revision.lines()):
                    continue  # a removed revision is reported against the published wording (check above)
                entry = revision.entry
                for code in ("en", "vi"):
                    if getattr(entry.reason, code) != getattr(published.reason, code):
                        issues.append(revision.issue(
                            f"{revision.name}: the {LANGUAGE_NAMES[code]} reason differs from the one edition "
                            f"{edition} published ({where}); a published reason is never rewritten: restore it "
                            "word for word and put the correction under errata: (date, and the reason as it "
                            "should read in both languages)", "reason"))
                for index, erratum in enumerate(published.errata):
                    erratum_where = f"{lock_source.display_path}:" \
                                    f"{lock_source.line_map.line_of(lock_path + ('errata', index))}"
                    if index >= len(entry.errata):
                        issues.append(revision.issue(
                            f"{revision.name}: the erratum of {erratum.date} to edition {edition}'s reason was "
                            f"published ({erratum_where}) and is gone; restore it (a published erratum stays)",
                            "reason"))
                        continue
                    given = entry.errata[index]
                    if given.date != erratum.date or given.reason.en != erratum.reason.en or \
                            given.reason.vi != erratum.reason.vi:
                        issues.append(revision.source.issue(
                            revision.path + ("errata", index),
                            f"{revision.name}: this erratum differs from the one published on {erratum.date} "
                            f"({erratum_where}); a published erratum is never changed: restore it word for word, "
                            "and add a later erratum if it is wrong"))
    return issues


def check_lock_documents(lock: tuple[YamlSource, LockFile], document_ids: set[str]) -> list[DataIssue]:
    """Every published document is still in data/."""
    lock_source, locked = lock
    return [lock_source.issue(("documents", document_id), f"document '{document_id}' was published but data/ has no "
                                                          "such document; nothing published may be removed: restore it")
            for document_id in locked.documents if document_id not in document_ids]
