"""statement.json with its generated schema, agreements.csv and agreements.ics, each read back as a consumer would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest
from jsonschema import Draft202012Validator

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.agreements_csv import COLUMNS, render_agreements_csv
from statement_core.exports.agreements_ics import period, render_agreements_ics
from statement_core.exports.statement_json import render_statement_json, render_statement_schema
from statement_core.model import Corpus
from statement_core.text.partial_date import PartialDate

INFO = BuildInfo(date=dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
                 commit="0123456789abcdef0123456789abcdef01234567", version="2030.01.02-0123456")


@pytest.fixture(scope="module")
def statement(corpus) -> dict:
    return json.loads(render_statement_json(corpus, INFO))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(render_statement_schema(INFO))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_statement_json_validates_against_the_generated_schema(statement, validator):
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert INFO.commit in validator.schema["$comment"]
    errors = sorted(validator.iter_errors(statement), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("spoil", ["drop build", "extra key", "ru text as number", "unknown language",
                                   "segments as one string", "segment id as number"])
def test_the_schema_rejects_what_the_model_would(statement, validator, spoil):
    data = json.loads(json.dumps(statement))
    clause = data["documents"][0]["clauses"][0]
    if spoil == "drop build":
        del data["build"]
    elif spoil == "extra key":
        clause["page"] = 3
    elif spoil == "ru text as number":
        clause["texts"]["ru"]["text"] = 5
    elif spoil == "segments as one string":
        clause["texts"]["vi"]["segments"] = clause["texts"]["vi"]["text"]
    elif spoil == "segment id as number":
        clause["segment_ids"] = [1.1]
    else:
        clause["texts"]["fr"] = clause["texts"]["en"]
    assert not validator.is_valid(data)


def test_statement_json_reads_back_into_the_same_corpus(corpus, statement):
    assert statement["build"] == {"date": "2030-01-02T03:04:05Z", "commit": INFO.commit}
    assert Corpus.model_validate({key: value for key, value in statement.items() if key != "build"}) == corpus


@pytest.mark.parametrize("field", ["text", "segment_ids"])
def test_reading_statement_json_back_checks_the_derived_fields(statement, field):
    """The joined text and the segment ids are written for readers, never trusted when read back."""
    from pydantic import ValidationError

    data = json.loads(json.dumps({key: value for key, value in statement.items() if key != "build"}))
    clause = data["documents"][0]["clauses"][12]
    if field == "text":
        clause["texts"]["vi"]["text"] = clause["texts"]["vi"]["text"].replace("trụ cột", "trụ cốt")
    else:
        clause["segment_ids"] = clause["segment_ids"][:-1]
    with pytest.raises(ValidationError, match=f"{field} is derived"):
        Corpus.model_validate(data)


def test_statement_json_holds_texts_provenance_dates_and_links(document, statement):
    exported = statement["documents"][0]
    assert [c["id"] for c in exported["clauses"]] == [c.id for c in document.clauses]
    for ours, clause in zip(exported["clauses"], document.clauses, strict=True):
        assert ours["texts"]["vi"]["text"] == clause.text("vi")
        assert ours["texts"]["en"]["text"] == clause.text("en")
        assert ours["texts"]["ru"]["text"] is None
        assert ours["texts"]["vi"]["provenance"]["status"] == "authentic"
        assert ours["texts"]["en"]["provenance"]["status"] == "unofficial-translation"
        assert ours["press_paragraphs"] == list(clause.press_paragraphs)
    assert [p["number"] for p in exported["press"]["paragraphs"]] == [p.number for p in document.press.paragraphs]
    agreements = {a["id"]: a for a in statement["agreements"]}
    assert agreements["foreign-ministries-2014"]["date"] == {"year": 2014, "month": 3, "day": None}
    assert agreements["diplomatic-relations-1992"]["date"] == {"year": 1992, "month": None, "day": None}
    assert agreements["coc-pending"]["date"] is None
    assert {"document_id": document.id, "number": 25} in agreements["legal-assistance-2000"]["cited_in"]
    assert [t["id"] for t in statement["glossary"]][:2] == ["unclos", "eaeu"]


def _csv_rows(corpus) -> tuple[bytes, list[dict[str, str]]]:
    raw = render_agreements_csv(corpus)
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_agreements_csv_is_rfc_4180_with_one_row_per_agreement(corpus):
    raw, rows = _csv_rows(corpus)
    assert raw.splitlines()[0].decode("utf-8").split(",") == list(COLUMNS)
    assert raw.count(b"\r\n") == raw.count(b"\n") == len(corpus.agreements) + 1
    assert len(rows) == len(corpus.agreements)


def test_agreements_csv_reads_back_as_the_registry(corpus):
    _, rows = _csv_rows(corpus)
    for row, agreement in zip(rows, corpus.agreements, strict=True):
        assert row["id"] == agreement.id
        assert (row["title_vi"], row["title_en"]) == (agreement.title.vi, agreement.title.en)
        assert (row["kind"], row["status"], row["domain"]) == (agreement.kind, agreement.status, agreement.domain)
        parsed = PartialDate.parse(row["date"]) if row["date"] else None
        assert parsed == agreement.date
        assert row["date_precision"] == (agreement.date.precision if agreement.date else "")
        assert (PartialDate.parse(row["end_date"]) if row["end_date"] else None) == agreement.end_date
        cited = [tuple(ref.split(":")) for ref in row["cited_in"].split(";")] if row["cited_in"] else []
        assert cited == [(ref.document_id, str(ref.number)) for ref in agreement.cited_in]
        note = (agreement.note.en, agreement.note.vi) if agreement.note else ("", "")
        assert (row["note_en"], row["note_vi"]) == note
    by_id = {row["id"]: row for row in rows}
    assert (by_id["foreign-ministries-2014"]["date"], by_id["foreign-ministries-2014"]["date_precision"]) == \
        ("2014-03", "month")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("1992", dt.date(1992, 1, 1), dt.date(1993, 1, 1)),
    ("2014-03", dt.date(2014, 3, 1), dt.date(2014, 4, 1)),
    ("2024-12", dt.date(2024, 12, 1), dt.date(2025, 1, 1)),
    ("1945-06-26", dt.date(1945, 6, 26), dt.date(1945, 6, 27)),
    ("2024-12-31", dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
])
def test_a_partial_date_spans_exactly_its_precision(text, start, end):
    assert period(PartialDate.parse(text)) == (start, end)


@pytest.fixture(scope="module")
def calendar(corpus) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(render_agreements_ics(corpus, INFO))


def test_ics_has_one_all_day_event_per_dated_agreement(corpus, calendar):
    dated = [a for a in corpus.timeline() if a.date is not None]
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"{a.id}@vn-by-joint-statement" for a in dated]
    for event, agreement in zip(events, dated, strict=True):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day: VALUE=DATE, no time of day
        assert start == agreement.date.first_day()
        assert str(event["SUMMARY"]) == agreement.title.en
        assert agreement.title.vi in str(event["DESCRIPTION"])
        assert event.decoded("DTSTAMP") == INFO.date


def test_ics_dates_follow_the_precision_and_the_end_date(calendar):
    spans = {str(e["UID"]).split("@")[0]: (e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")}
    assert spans["diplomatic-relations-1992"] == (dt.date(1992, 1, 1), dt.date(1993, 1, 1))
    assert spans["foreign-ministries-2014"] == (dt.date(2014, 3, 1), dt.date(2014, 4, 1))
    assert spans["un-charter-1945"] == (dt.date(1945, 6, 26), dt.date(1945, 6, 27))
    assert spans["state-visit-2025"] == (dt.date(2025, 5, 11), dt.date(2025, 5, 13))
    assert "coc-pending" not in spans and "cooperation-roadmap" not in spans


def test_ics_is_url_free_and_names_its_product(corpus):
    raw = render_agreements_ics(corpus, INFO)
    assert b"http" not in raw.lower() and b"URL" not in raw
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert raw.endswith(b"END:VCALENDAR\r\n")


def test_statement_json_is_readable_utf8_with_vietnamese_unescaped(corpus):
    raw = render_statement_json(corpus, INFO).decode("utf-8")
    assert raw.startswith('{\n  "documents": [\n    {\n') and raw.endswith("}\n")
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in raw and "\\u" not in raw
