"""Checks on data/pronunciation.yaml (issue 32), located where the fix belongs: a written form is listed once
per language, and occurs in that language's text, so that no entry is stale after an edit of the text."""

from __future__ import annotations

from statement_core.data.file_models import PronunciationFile
from statement_core.data.errors import DataIssue
from statement_core.model import Document, Language
from statement_core.data.yaml_source import YamlSource

LANGUAGES: tuple[Language, ...] = ("vi", "en")


def _texts(documents: list[Document], language: Language) -> str:
    """Every segment of every document in `language`, one per line, spaces collapsed as a page shows them."""
    return "\n".join(" ".join(segment.split()) for document in documents for clause in document.clauses
                     for segment in clause.segments(language))


def check_pronunciation(source: YamlSource, pronunciation: PronunciationFile, documents: list[Document]) -> list[DataIssue]:
    issues = []
    for language in LANGUAGES:
        text = _texts(documents, language)
        seen: set[str] = set()
        for index, entry in enumerate(getattr(pronunciation, language)):
            where = (language, index, "written")
            if entry.written in seen:
                issues.append(source.issue(where, f"'{entry.written}' is listed twice under {language}; keep one entry"))
            seen.add(entry.written)
            if entry.written not in text:
                issues.append(source.issue(where, f"'{entry.written}' does not occur in the {language} text; correct "
                                                  "it to the text's exact spelling or remove the entry"))
    return issues
