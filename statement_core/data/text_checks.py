"""Checks on every piece of text in a data file: Unicode NFC, and nothing that would render as markup.

Clause text is shown as plain text everywhere. Markup in the data would either render (in a renderer
that trusts it) or show as noise; both are editing mistakes, so they are reported where they are typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from statement_core.data.errors import DataIssue, describe_path
from statement_core.data.yaml_source import Path_, YamlSource

_MARKUP_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<\s*/?\s*[A-Za-z!?][^>]*>"), "an HTML tag"),
    (re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"), "an HTML entity"),
    (re.compile(r"!?\[[^\]]*\]\([^)]*\)"), "a Markdown link"),
    (re.compile(r"(?:\*\*|__)\S"), "Markdown bold"),
    (re.compile(r"(?<![\w*])\*[^\s*][^*]*\*(?!\w)"), "Markdown emphasis"),
    (re.compile(r"`"), "a Markdown code backtick"),
    (re.compile(r"^\s{0,3}#{1,6}\s", re.MULTILINE), "a Markdown heading"),
    (re.compile(r"\{\{|\{%|\{#"), "template syntax"),
)

# Every pattern above needs one of these characters; most text has none, so one search clears it.
_MARKUP_CHARACTERS = re.compile(r"[<&\[*_`#{]")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strings(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, path + (index,))


def markup_found(text: str) -> str | None:
    """The kind of markup in `text`, or None when it is plain text."""
    if not _MARKUP_CHARACTERS.search(text):
        return None
    for pattern, kind in _MARKUP_PATTERNS:
        match = pattern.search(text)
        if match:
            return f"{kind} ({match.group(0)!r})"
    return None


def check_text(source: YamlSource, allow_markup: bool = False) -> list[DataIssue]:
    issues: list[DataIssue] = []
    for path, text in _strings(source.data):
        problems = []
        if not unicodedata.is_normalized("NFC", text):
            problems.append("is not Unicode NFC (decomposed accents); re-save it normalised to NFC")
        if _CONTROL.search(text):
            problems.append("contains a control character; delete it")
        found = None if allow_markup else markup_found(text)
        if found:
            problems.append(f"contains {found}, which would render as markup; write plain text")
        issues.extend(source.issue(path, f"{describe_path(path)} {problem}") for problem in problems)
    return issues
