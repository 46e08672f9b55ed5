"""Turn pydantic's validation errors into `file:line: message` issues that say how to fix the data."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from statement_core.errors import DataIssue, describe_path
from statement_core.yaml_source import YamlSource


def _message(error: dict) -> str:
    loc = tuple(error["loc"])
    where = describe_path(loc)
    kind = error["type"]
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
        issues = [source.issue(tuple(item["loc"]), _message(item)) for item in error.errors()]
        return None, issues
