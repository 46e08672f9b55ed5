"""Errors that point at a file and line, so a data editor can fix everything in one pass."""

from __future__ import annotations

from dataclasses import dataclass


# Language names as messages say them ("the English has 3 segments").
LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English", "ru": "Russian"}


def describe_path(path: tuple[str | int, ...]) -> str:
    """clauses[3].text.vi: how a value's position reads in a message."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


@dataclass(frozen=True, order=True)
class DataIssue:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class DataError(Exception):
    """Raised with every issue found in one run, never just the first."""

    def __init__(self, issues: list[DataIssue]) -> None:
        self.issues = sorted(set(issues))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.issues)
        lines = [str(issue) for issue in self.issues]
        lines.append(f"{count} data error{'s' if count != 1 else ''} found; the data was not loaded.")
        return "\n".join(lines)
