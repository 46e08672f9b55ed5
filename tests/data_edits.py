"""Editing a copy of data/ and reading the errors the loader reports, for the bad-input tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from statement_core.data.errors import DataError
from statement_core.data.loader import load_corpus


def edit(data: Path, relative: str, old: str, new: str) -> int:
    """Replace the first `old` in a data file; return the line where the replacement starts."""
    path = data / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    index = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:index].count("\n") + 1 + new[: len(new) - len(new.lstrip("\n"))].count("\n")


def line_of(data: Path, relative: str, text: str) -> int:
    """The line where `text` starts in a data file."""
    content = (data / relative).read_text(encoding="utf-8")
    assert text in content, f"{text!r} not in {relative}"
    return content[:content.index(text)].count("\n") + 1


def issues_of(data: Path) -> list[str]:
    with pytest.raises(DataError) as raised:
        load_corpus(data)
    return [str(issue) for issue in raised.value.issues]


def assert_reported(data: Path, relative: str, line: int, *fragments: str) -> None:
    issues = issues_of(data)
    prefix = f"data/{relative}:{line}: "
    matching = [i for i in issues if i.startswith(prefix) and all(f in i for f in fragments)]
    assert matching, f"expected {prefix}… with {fragments}; got:\n" + "\n".join(issues)


def assert_only_error(data: Path, relative: str, line: int, *fragments: str) -> str:
    """Exactly one issue is reported, at data/<relative>:<line>, holding every fragment; return it."""
    issues = issues_of(data)
    assert len(issues) == 1, "expected exactly one error; got:\n" + "\n".join(issues)
    assert issues[0].startswith(f"data/{relative}:{line}: "), issues[0]
    assert all(fragment in issues[0] for fragment in fragments), (fragments, issues[0])
    return issues[0]
