"""Checks that span files: chapter membership, clause numbering, and references between registries.

Each check returns issues located where the fix belongs, e.g. an unknown agreement id is reported on the
clause line that cites it, not in the registry.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from statement_core.data.file_models import AgreementsFile, ChapterFile, DocumentFile, GlossaryFile, PressFile
from statement_core.data.errors import DataIssue
from statement_core.data.yaml_source import YamlSource


@dataclass
class DocumentFiles:
    folder: Path
    document: tuple[YamlSource, DocumentFile]
    chapters: dict[str, tuple[YamlSource, ChapterFile]] = field(default_factory=dict)
    press: tuple[YamlSource, PressFile] | None = None


def _suggest(unknown: str, known: list[str]) -> str:
    close = difflib.get_close_matches(unknown, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def check_chapter_files(files: DocumentFiles, chapter_display: dict[str, str]) -> list[DataIssue]:
    source, document = files.document
    issues: list[DataIssue] = []
    seen: set[str] = set()
    for index, chapter_id in enumerate(document.chapters):
        if chapter_id in seen:
            issues.append(source.issue(("chapters", index), f"chapter '{chapter_id}' is listed twice; list it once"))
        seen.add(chapter_id)
        if chapter_id not in files.chapters:
            issues.append(source.issue(("chapters", index),
                                       f"chapter '{chapter_id}' has no file {chapter_display[chapter_id]}; "
                                       "create it or remove the chapter from this list"))
    for chapter_id, (chapter_source, chapter) in files.chapters.items():
        if chapter_id not in seen:
            issues.append(chapter_source.issue((), f"chapter file '{chapter_id}' is not listed under 'chapters' in "
                                                   f"{source.display_path}; add it there or delete the file"))
        if chapter.id != chapter_id:
            issues.append(chapter_source.issue(("id",), f"id '{chapter.id}' differs from the file name "
                                                        f"'{chapter_id}.yaml'; make them the same"))
    return issues


def check_parties(files: DocumentFiles) -> list[DataIssue]:
    """Each party once; every signatory signs for one of the parties (citations and metadata name them)."""
    source, document = files.document
    issues: list[DataIssue] = []
    countries: list[str] = []
    for index, party in enumerate(document.parties):
        if party.country in countries:
            issues.append(source.issue(("parties", index, "country"),
                                       f"party '{party.country}' is listed twice; list each state once"))
        countries.append(party.country)
    for index, signatory in enumerate(document.signatories):
        if signatory.country not in countries:
            issues.append(source.issue(("signatories", index, "country"),
                                       f"signatory country '{signatory.country}' is not one of the parties "
                                       f"({', '.join(countries)}); add it under 'parties' or fix the code"))
    return issues


def check_clause_numbers(files: DocumentFiles, complete: bool = True) -> list[DataIssue]:
    """Every number 1..N in exactly one chapter, ascending within a chapter; ids unique.

    Gaps are only reported when every chapter file validated (`complete`): a file that failed would
    otherwise show up as false gaps.
    """
    issues: list[DataIssue] = []
    placed: dict[int, tuple[str, YamlSource, int]] = {}
    ids: dict[str, str] = {}
    for chapter_id, (source, chapter) in files.chapters.items():
        previous = 0
        for index, clause in enumerate(chapter.clauses):
            where = ("clauses", index, "number")
            if clause.number in placed:
                other_chapter, other_source, other_line = placed[clause.number]
                issues.append(source.issue(where, f"clause {clause.number} is also in chapter '{other_chapter}' "
                                                  f"({other_source.display_path}:{other_line}); a clause belongs "
                                                  "to exactly one chapter"))
            else:
                placed[clause.number] = (chapter_id, source, source.line_map.line_of(where))
            if clause.number <= previous:
                issues.append(source.issue(where, f"clause {clause.number} comes after clause {previous}; "
                                                  "keep clauses in source order"))
            previous = clause.number
            id_where = ("clauses", index, "id")
            if clause.id in ids:
                issues.append(source.issue(id_where, f"clause id '{clause.id}' is already used by {ids[clause.id]}; "
                                                     "ids must be unique"))
            ids.setdefault(clause.id, f"clause {clause.number}")
    if placed and complete:
        for missing in sorted(set(range(1, max(placed) + 1)) - set(placed)):
            following = min(number for number in placed if number > missing)
            _, source, line = placed[following]
            issues.append(DataIssue(source.display_path, line,
                                    f"clause {missing} is in no chapter (numbers jump to {following}); "
                                    f"add clause {missing} to a chapter file"))
    return issues


def check_clause_agreements(files: DocumentFiles, agreement_ids: list[str]) -> list[DataIssue]:
    issues: list[DataIssue] = []
    known = set(agreement_ids)
    for source, chapter in files.chapters.values():
        for index, clause in enumerate(chapter.clauses):
            for position, agreement_id in enumerate(clause.agreements):
                if agreement_id not in known:
                    issues.append(source.issue(("clauses", index, "agreements", position),
                                               f"unknown agreement '{agreement_id}'{_suggest(agreement_id, agreement_ids)}; "
                                               "add it to data/agreements.yaml or fix the id"))
            if len(set(clause.agreements)) != len(clause.agreements):
                issues.append(source.issue(("clauses", index, "agreements"),
                                           f"clause {clause.number} lists an agreement twice; list each once"))
    return issues


def check_press(files: DocumentFiles, clause_numbers: set[int]) -> list[DataIssue]:
    if files.press is None:
        return []
    source, press = files.press
    issues: list[DataIssue] = []
    for index, paragraph in enumerate(press.paragraphs):
        if paragraph.number != index + 1:
            issues.append(source.issue(("paragraphs", index, "number"),
                                       f"paragraph number {paragraph.number} should be {index + 1}; "
                                       "number press paragraphs 1, 2, 3… in order"))
        for position, number in enumerate(paragraph.clauses):
            if number not in clause_numbers:
                issues.append(source.issue(("paragraphs", index, "clauses", position),
                                           f"press paragraph {paragraph.number} cites clause {number}, "
                                           "which does not exist; fix the number"))
    return issues


def check_registries(agreements: tuple[YamlSource, AgreementsFile] | None,
                     glossary: tuple[YamlSource, GlossaryFile] | None,
                     cited: set[str]) -> list[DataIssue]:
    issues: list[DataIssue] = []
    agreement_ids: list[str] = []
    if agreements:
        source, registry = agreements
        for index, entry in enumerate(registry.agreements):
            if entry.id in agreement_ids:
                issues.append(source.issue(("agreements", index, "id"), f"agreement id '{entry.id}' is used twice; "
                                                                        "ids must be unique"))
            agreement_ids.append(entry.id)
            if entry.end_date and not entry.date:
                issues.append(source.issue(("agreements", index, "end_date"), "end_date without date; add date"))
            elif entry.end_date and entry.date and entry.end_date < entry.date:
                issues.append(source.issue(("agreements", index, "end_date"), "end_date is before date; swap them"))
            if (entry.status == "pending") != (entry.date is None):
                issues.append(source.issue(("agreements", index, "status"),
                                           "an entry has no date exactly when its status is 'pending'; "
                                           "give it a date or mark it pending"))
            if entry.id not in cited:
                issues.append(source.issue(("agreements", index, "id"),
                                           f"agreement '{entry.id}' is cited by no clause; cite it in a clause's "
                                           "'agreements' list or remove it"))
    if glossary:
        source, terms = glossary
        term_ids: set[str] = set()
        for index, term in enumerate(terms.terms):
            if term.id in term_ids:
                issues.append(source.issue(("terms", index, "id"), f"term id '{term.id}' is used twice; "
                                                                   "ids must be unique"))
            term_ids.add(term.id)
            if term.agreement and agreements and term.agreement not in agreement_ids:
                issues.append(source.issue(("terms", index, "agreement"),
                                           f"unknown agreement '{term.agreement}'"
                                           f"{_suggest(term.agreement, agreement_ids)}; fix the id"))
    return issues
