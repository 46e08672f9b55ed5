"""Turn pydantic's validation errors into `file:line: message` issues that say how to fix the data."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from statement_core.data.file_models import ONE_SEGMENT, SEGMENT_LIST
from statement_core.data.errors import LANGUAGE_NAMES, DataIssue, describe_path
from statement_core.data.yaml_source import YamlSource


# Names pydantic puts in an error's location for the branch of a union it tried, not keys of the data.
_SHAPE_TAGS = frozenset({ONE_SEGMENT, SEGMENT_LIST})


def _location(error: dict) -> tuple[str | int, ...]:
    return tuple(part for part in error["loc"] if part not in _SHAPE_TAGS)


def _clause_text_name(loc: tuple[str | int, ...], data: object) -> str | None:
    """"clause 35, English segment 2" for a position inside a clause's text, with the raw path after it."""
    if len(loc) < 4 or loc[0] != "clauses" or loc[2] != "text" or not isinstance(loc[1], int):
        return None
    clauses = data.get("clauses") if isinstance(data, dict) else None
    entry = clauses[loc[1]] if isinstance(clauses, list) and loc[1] < len(clauses) else None
    number = entry.get("number") if isinstance(entry, dict) else None
    language = LANGUAGE_NAMES.get(str(loc[3]), str(loc[3]))
    part = f"{language} segment {loc[4] + 1}" if len(loc) == 5 and isinstance(loc[4], int) else f"{language} text"
    return f"clause {number}, {part} ({describe_path(loc)})" if isinstance(number, int) else None


def _message(error: dict, data: object = None) -> str:
    loc = _location(error)
    where = _clause_text_name(loc, data) or describe_path(loc)
    kind = error["type"]
    if kind in ("string_type", "string_too_short") and error["input"] in (None, ""):
        return f"{where} is empty; write its text"
    if kind == "too_short" and error["input"] == []:
        return f"{where} is an empty list; give at least one item"
    if kind == "string_type" and ONE_SEGMENT in error["loc"]:
        return (f"{where} must be the text (quote it) or a list of its segments, "
                f"not {type(error['input']).__name__}")
    if kind == "missing":
        parent = describe_path(loc[:-1])
        return f"missing field '{loc[-1]}' in {parent}; add it"
    if kind == "extra_forbidden":
        return f"unknown field '{loc[-1]}' in {describe_path(loc[:-1])}; remove it or check its spelling"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{where} is {error['input']!r}; use one of {expected}"
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        if "a-z0-9" in pattern:
            return f"{where} is {error['input']!r}; use lowercase letters, digits and single hyphens"
        return f"{where} is {error['input']!r}; it must match {pattern}"
    if kind in ("string_type", "int_type", "list_type", "dict_type", "model_type", "model_attributes_type"):
        expected = {"string_type": "text (quote it)", "int_type": "a whole number", "list_type": "a list",
                    "dict_type": "a mapping"}.get(kind, "a mapping of fields")
        return f"{where} must be {expected}, not {type(error['input']).__name__}"
    if kind == "value_error":
        return f"{where}: {error.get('ctx', {}).get('error', error['msg'])}"
    return f"{where}: {error['msg'].rstrip('.')}"


def validate_file(source: YamlSource, model: type[BaseModel]) -> tuple[BaseModel | None, list[DataIssue]]:
    """Validate one file's data against its model; report every problem with its line."""
    try:
        return model.model_validate(source.data), []
    except ValidationError as error:
        issues = [source.issue(_location(item), _message(item, source.data)) for item in error.errors()]
        return None, issues
