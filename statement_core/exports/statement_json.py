"""statement.json (the whole corpus plus a build stamp) and its JSON Schema, both from one pydantic model.

The envelope subclasses model.Corpus, so the published schema cannot drift from what the loader builds:
a new field in the model appears in both files at once.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from statement_core.runtime.build_info import BuildInfo
from statement_core.model import Corpus
from statement_core.data.schemas import DIALECT

SCHEMA_TITLE = "Viet Nam – Belarus Joint Statement: open-data export"


class BuildStamp(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    date: dt.datetime = Field(description="Build date (UTC): SOURCE_DATE_EPOCH or the commit date.")
    commit: str = Field(description="Full hash of the source commit the export was built from.")


class StatementExport(Corpus):
    """Documents, agreements and glossary exactly as the model holds them, plus when and from what."""

    build: BuildStamp


def _dumps(value: Any) -> bytes:
    # Readable, non-ASCII kept as is (Vietnamese), field order from the model: stable across runs.
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_model(corpus: Corpus, info: BuildInfo) -> StatementExport:
    # The corpus is already validated and frozen; copying its fields avoids validating it twice.
    fields = {name: getattr(corpus, name) for name in Corpus.model_fields}
    return StatementExport.model_construct(**fields, build=BuildStamp(date=info.date, commit=info.commit))


def render_statement_json(corpus: Corpus, info: BuildInfo) -> bytes:
    # pydantic's own serializer writes the very bytes _dumps would (non-ASCII kept, indent 2), 3-4x faster.
    return (export_model(corpus, info).model_dump_json(indent=2) + "\n").encode("utf-8")


def statement_schema() -> dict[str, Any]:
    # Serialization mode: the schema describes what the file holds, e.g. tuples as arrays.
    schema = StatementExport.model_json_schema(mode="serialization")
    return {"$schema": DIALECT, **schema, "title": SCHEMA_TITLE}


def render_statement_schema(info: BuildInfo) -> bytes:
    stamp = f"Generated from the pydantic models at commit {info.commit}, built {info.date_iso}."
    schema = statement_schema()
    return _dumps({"$schema": schema.pop("$schema"), "$comment": stamp, **schema})
