"""JSON Schemas (2020-12) generated from the very models the loader validates with."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from statement_core.data.file_models import (AgreementsFile, ChapterFile, DocumentFile, EditionsFile, GlossaryFile, PressFile,
                                      PronunciationFile, SynonymsFile)

DIALECT = "https://json-schema.org/draft/2020-12/schema"

INPUT_MODELS: dict[str, type[BaseModel]] = {
    "document.schema.json": DocumentFile,
    "chapter.schema.json": ChapterFile,
    "press.schema.json": PressFile,
    "agreements.schema.json": AgreementsFile,
    "glossary.schema.json": GlossaryFile,
    "synonyms.schema.json": SynonymsFile,
    "editions.schema.json": EditionsFile,
    "pronunciation.schema.json": PronunciationFile,
}


def schema_of(model: type[BaseModel], title: str | None = None) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema = {"$schema": DIALECT, **schema}
    if title:
        schema["title"] = title
    return schema


def input_schemas() -> dict[str, dict[str, Any]]:
    return {name: schema_of(model) for name, model in INPUT_MODELS.items()}
