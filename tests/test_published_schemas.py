"""The JSON Schemas in data/schemas/ are the ones the loader's models generate, and they accept the data."""

from __future__ import annotations

import json

import jsonschema
import yaml

from conftest import DATA, DOCUMENT_ID
from statement_core.data.schemas import input_schemas

SCHEMAS = DATA / "schemas"


def test_committed_schemas_equal_the_generated_ones():
    generated = input_schemas()
    committed = {path.name for path in SCHEMAS.glob("*.json")}
    assert committed == set(generated), "run: python -m statement_core schema data/schemas"
    for name, schema in generated.items():
        assert json.loads((SCHEMAS / name).read_text(encoding="utf-8")) == schema, \
            f"{name} is stale; run: python -m statement_core schema data/schemas"


def test_every_data_file_validates_against_its_schema():
    def check(schema_name: str, path):
        schema = json.loads((SCHEMAS / schema_name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(path.read_text(encoding="utf-8")))

    check("agreements.schema.json", DATA / "agreements.yaml")
    check("glossary.schema.json", DATA / "glossary.yaml")
    check("editions.schema.json", DATA / "editions.yaml")
    check("document.schema.json", DATA / DOCUMENT_ID / "document.yaml")
    check("press.schema.json", DATA / DOCUMENT_ID / "press.yaml")
    for chapter in (DATA / DOCUMENT_ID / "chapters").glob("*.yaml"):
        check("chapter.schema.json", chapter)


def test_schema_rejects_an_unknown_field():
    schema = json.loads((SCHEMAS / "glossary.schema.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors({"terms": [], "colour": "red"}))
    assert errors
