"""Read one YAML file into plain data plus a map from each value's path to its line number.

PyYAML's own loader forgets positions, turns unquoted dates into datetime objects (and crashes on
impossible ones such as 2025-02-30) and silently keeps the last of two duplicate keys. This loader keeps
dates as text for our validator, reports duplicate keys, and records where every key and item sits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from statement_core.data.errors import DataIssue

Path_ = tuple[str | int, ...]


# libyaml's parser when PyYAML was built with it (the wheels are): parsing is most of the load time.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDatesLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """SafeLoader without the timestamp resolver: dates stay strings until we validate them."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class LineMap:
    """Line (1-based) of every mapping key and sequence item, by its path from the document root."""

    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """The line of `path`, or of its nearest ancestor that exists (for missing fields)."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return 1


@dataclass
class YamlSource:
    """A parsed file, by the name it is reported under: not by where it is, so that a parse kept in the store
    (its key: the bytes and that name) is the same whichever folder the data is read from."""

    display_path: str
    data: Any
    line_map: LineMap

    def issue(self, path: Path_, message: str) -> DataIssue:
        return DataIssue(self.display_path, self.line_map.line_of(path), message)


def _record_lines(node: yaml.Node, path: Path_, line_map: LineMap, issues: list[DataIssue], shown: str) -> None:
    line_map.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[object, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                issues.append(
                    DataIssue(shown, line, f"duplicate key '{key}' (first at line {seen[key]}); keep only one")
                )
                continue
            seen[key] = line
            line_map.lines[path + (key,)] = line
            _record_lines(value_node, path + (key,), line_map, issues, shown)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            line_map.lines[path + (index,)] = item.start_mark.line + 1
            _record_lines(item, path + (index,), line_map, issues, shown)


def read_yaml(path: Path, display_path: str, content: bytes | None = None) -> tuple[YamlSource | None, list[DataIssue]]:
    """Parse `path` (or `content`, its bytes as already read); on a syntax error return no source and an
    issue at the error's line."""
    try:
        text = (path.read_bytes() if content is None else content).decode("utf-8")
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as reading in text mode gives it
    except UnicodeDecodeError as error:
        return None, [DataIssue(display_path, 1, f"not UTF-8 ({error.reason} at byte {error.start}); save it as UTF-8")]
    loader = _TextDatesLoader(text)
    try:
        # One parse: the node tree gives the line numbers, the same tree gives the data.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = " ".join(str(part) for part in (error.context, error.problem) if part)
        return None, [DataIssue(display_path, line, f"YAML syntax error: {problem}; fix the indentation or quoting")]
    except yaml.YAMLError as error:
        return None, [DataIssue(display_path, 1, f"YAML error: {error}")]
    finally:
        loader.dispose()
    line_map = LineMap()
    issues: list[DataIssue] = []
    if node is not None:
        _record_lines(node, (), line_map, issues, display_path)
    return YamlSource(display_path, data, line_map), issues
