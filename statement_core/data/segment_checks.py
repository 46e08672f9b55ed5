"""Checks on the aligned segments of every clause, each reported at the line of the segment to fix.

- every segment has text, with no space at either end (segments are joined with one space);
- every language with a text has as many segments as the authentic one;
- the authentic segments, joined, are the official paragraph (the file document.yaml names under
  `languages.<code>.source`, resolved from the project folder, the data folder's parent);
- each segment of a translation keeps the numbers, years, dates and acronyms of the same authentic segment.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from statement_core.data.cross_checks import DocumentFiles
from statement_core.data.file_models import ChapterFile, ClauseEntry
from statement_core.data.errors import LANGUAGE_NAMES, DataIssue
from statement_core.data.official_text import OfficialText, differences, read_official_text
from statement_core.data.translation_facts import fact_problems
from statement_core.data.yaml_source import YamlSource

LANGUAGES = ("vi", "en", "ru")


def _segments(entry: ClauseEntry, language: str) -> list[str]:
    value = getattr(entry.text, language)
    return [] if value is None else [value] if isinstance(value, str) else list(value)


class _Clause:
    """One clause of a chapter file: its segments per language and where each sits in the file."""

    def __init__(self, source: YamlSource, index: int, entry: ClauseEntry) -> None:
        self.source, self.index, self.entry, self.number = source, index, entry, entry.number
        self.segments = {language: _segments(entry, language) for language in LANGUAGES}

    def issue(self, language: str, segment: int | None, message: str) -> DataIssue:
        path: tuple[str | int, ...] = ("clauses", self.index, "text", language)
        if segment is not None and not isinstance(getattr(self.entry.text, language), str):
            path += (segment,)
        return self.source.issue(path, message)

    def where(self, segment: int, language: str) -> str:
        return f"clause {self.number}" if len(self.segments[language]) == 1 else \
            f"clause {self.number} segment {segment + 1}"


def _clauses(files: DocumentFiles) -> Iterator[_Clause]:
    for source, chapter in files.chapters.values():
        chapter_file: ChapterFile = chapter
        for index, entry in enumerate(chapter_file.clauses):
            yield _Clause(source, index, entry)


def _blank_segments(clause: _Clause) -> list[DataIssue]:
    issues = []
    for language, segments in clause.segments.items():
        for position, segment in enumerate(segments):
            if not segment.strip():
                issues.append(clause.issue(language, position, f"{clause.where(position, language)}: the "
                                                               f"{LANGUAGE_NAMES[language]} segment is blank; "
                                                               "write its text or remove it"))
            elif segment != segment.strip():
                issues.append(clause.issue(language, position, f"{clause.where(position, language)}: the "
                                                               f"{LANGUAGE_NAMES[language]} segment starts or ends "
                                                               "with a space; remove it (segments are joined with "
                                                               "one space)"))
    return issues


def _segment_counts(clause: _Clause, master: str) -> list[DataIssue]:
    expected = len(clause.segments[master])
    return [
        clause.issue(language, None, f"clause {clause.number}: the {LANGUAGE_NAMES[master]} has {expected} "
                                     f"segment{'s' if expected != 1 else ''} but the {LANGUAGE_NAMES[language]} has "
                                     f"{len(segments)}; divide both the same way, segment M translating segment M")
        for language, segments in clause.segments.items()
        if segments and language != master and len(segments) != expected
    ]


def _official_texts(files: DocumentFiles, project_dir: Path) -> tuple[dict[str, OfficialText], list[DataIssue]]:
    """The official text of each language whose source document.yaml names, read from the project folder."""
    source, document = files.document
    texts: dict[str, OfficialText] = {}
    issues: list[DataIssue] = []
    for language, entry in document.languages.items():
        if entry.source is None or entry.status != "authentic":
            continue
        where = ("languages", language, "source")
        relative = PurePosixPath(entry.source)
        if relative.is_absolute() or ".." in relative.parts:
            issues.append(source.issue(where, f"source '{entry.source}' must be a path inside the project folder, "
                                              "e.g. sources/<file>.txt"))
            continue
        path = project_dir / relative
        try:
            texts[language] = read_official_text(path, entry.source)
        except (OSError, UnicodeDecodeError) as error:
            reason = "not found" if isinstance(error, FileNotFoundError) else f"unreadable ({error})"
            issues.append(source.issue(where, f"the official text '{entry.source}' is {reason} in the project "
                                              f"folder {project_dir}; the {LANGUAGE_NAMES[language]} of every "
                                              "clause is compared with it, so keep it there"))
    return texts, issues


def _against_official_text(clause: _Clause, language: str, official: OfficialText) -> list[DataIssue]:
    if clause.number > len(official.paragraphs):
        return [clause.issue(language, None, f"clause {clause.number}: the official text {official.display_path} "
                                             f"has only {len(official.paragraphs)} paragraphs")]
    paragraph = official.paragraphs[clause.number - 1]
    return [clause.issue(language, difference.segment, difference.message)
            for difference in differences(clause.number, clause.segments[language], paragraph, official.display_path)]


def _facts(clause: _Clause, master: str, translations: list[str]) -> list[DataIssue]:
    issues = []
    for language in translations:
        segments = clause.segments[language]
        for problem in fact_problems(clause.segments[master], segments, master, language):
            issues.append(clause.issue(language, problem.segment,
                                       f"{clause.where(problem.segment, language)}: {problem.message}"))
    return issues


def _uncovered_paragraphs(files: DocumentFiles, official: dict[str, OfficialText]) -> list[DataIssue]:
    """Official paragraphs after the last clause: a clause missing at the end is no gap in the numbering."""
    source, _ = files.document
    last = max((entry.number for _, chapter in files.chapters.values() for entry in chapter.clauses), default=0)
    return [source.issue(("languages", language, "source"),
                         f"the official text {text.display_path} has {len(text.paragraphs)} paragraphs but the last "
                         f"clause is {last}; add clauses {last + 1} to {len(text.paragraphs)}")
            for language, text in official.items() if last < len(text.paragraphs)]


def check_segments(files: DocumentFiles, project_dir: Path, complete: bool = True) -> list[DataIssue]:
    """Every segment problem of the document's chapter files that validated.

    Paragraphs of the official text left without a clause are only reported when every chapter file
    validated (`complete`): the clauses of a file that failed would otherwise look missing.
    """
    _, document = files.document
    master = next((code for code in document.authentic_languages
                   if code in document.languages and document.languages[code].status == "authentic"), "vi")
    translations = [code for code, entry in document.languages.items() if entry.status == "unofficial-translation"]
    official, issues = _official_texts(files, project_dir)
    if complete:
        issues.extend(_uncovered_paragraphs(files, official))
    for clause in _clauses(files):
        blank = _blank_segments(clause)
        if blank:  # the fix (write or remove the segment) may also be what makes the counts agree
            issues.extend(blank)
            continue
        counts = _segment_counts(clause, master)
        issues.extend(counts)
        departures = [issue for language, text in official.items() if clause.segments[language]
                      for issue in _against_official_text(clause, language, text)]
        issues.extend(departures)
        # Facts are compared segment by segment, so only once the segments line up and the authentic ones
        # are the official text: a reordered segment is one mistake, not one per number it carries.
        if not counts and not departures and clause.segments[master]:
            issues.extend(_facts(clause, master, [code for code in translations if clause.segments[code]]))
    return issues
