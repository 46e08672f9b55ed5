"""The segment-level exports read back as translators' tools read them: the segment TMX and the XLIFF file with
translate-toolkit (and lxml for what it does not expose), statement.json with its segments and their ids."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from lxml import etree
from translate.storage.tmx import tmxfile
from translate.storage.xliff import ID_SEPARATOR, xlifffile

from source_text import normalise, paragraphs
from conftest import SOURCES
from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.statement_json import render_statement_json
from statement_core.exports.tmx import render_tmx
from statement_core.exports.xliff import render_xliff

INFO = BuildInfo(date=dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
                 commit="0123456789abcdef0123456789abcdef01234567", version="2030.01.02-0123456")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
OFFICIAL = paragraphs(SOURCES / "003_a895c28e3afb5b87.txt")


def _aligned(document) -> list[tuple[str, str, str]]:
    """(segment id, Vietnamese, English) of every segment, in order."""
    return [(clause.segment_id(m), vi, en) for clause in document.clauses
            for m, (vi, en) in enumerate(zip(clause.segments("vi"), clause.segments("en"), strict=True), start=1)]


@pytest.fixture(scope="module")
def segment_tmx(corpus) -> bytes:
    return render_tmx(corpus, INFO, by="segment")


@pytest.fixture(scope="module")
def xliff(corpus) -> bytes:
    return render_xliff(corpus, INFO)


def test_segment_tmx_opens_in_translate_toolkit_one_unit_per_segment(document, segment_tmx):
    store = tmxfile.parsestring(segment_tmx)
    aligned = _aligned(document)
    assert len(store.units) == len(aligned) == 79
    assert [(unit.source, unit.gettarget("en")) for unit in store.units] == [(vi, en) for _, vi, en in aligned]


def test_segment_tmx_keeps_every_character_of_the_official_vietnamese(document, segment_tmx):
    sources = [unit.source for unit in tmxfile.parsestring(segment_tmx).units]
    by_clause: dict[int, list[str]] = {}
    for (segment_id, _, _), source in zip(_aligned(document), sources, strict=True):
        by_clause.setdefault(int(segment_id.split(".")[0]), []).append(source)
    assert [normalise(" ".join(by_clause[n])) for n in range(1, 39)] == OFFICIAL
    assert [" ".join(by_clause[c.number]) for c in document.clauses] == [c.text("vi") for c in document.clauses]


def test_segment_tmx_units_carry_the_clause_and_segment_ids(document, segment_tmx):
    root = etree.fromstring(segment_tmx)
    assert root.find("header").get("segtype") == "sentence"
    units = root.findall("body/tu")
    expected = [(clause, m) for clause in document.clauses for m in range(1, clause.segment_count + 1)]
    assert [u.get("tuid") for u in units] == [f"{clause.id}.{m}" for clause, m in expected]
    for unit, (clause, m) in zip(units, expected, strict=True):
        props = {p.get("type"): p.text for p in unit.findall("prop")}
        assert props == {"x-document": document.id, "x-chapter": clause.chapter_id,
                         "x-clause-number": str(clause.number), "x-segment-id": f"{clause.number}.{m}"}
        assert [v.get(XML_LANG) for v in unit.findall("tuv")] == ["vi", "en"]
    assert units[10].find("prop[@type='x-segment-id']").text == "4.6"


def test_xliff_opens_in_translate_toolkit_with_our_ids_and_topic_notes(document, xliff):
    store = xlifffile.parsestring(xliff)
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("vi", "en")
    aligned = _aligned(document)
    assert len(store.units) == 79
    assert [unit.getid() for unit in store.units] == [f"{document.id}{ID_SEPARATOR}{sid}" for sid, _, _ in aligned]
    assert [(unit.source, unit.target) for unit in store.units] == [(vi, en) for _, vi, en in aligned]
    assert all(unit.istranslated() for unit in store.units)
    unit = store.units[[sid for sid, _, _ in aligned].index("13.2")]
    clause = document.clause(13)
    assert unit.getnotes() == (f"Khoản 13, phân đoạn 2/6: {clause.topic.vi}\n"
                               f"Clause 13, segment 2 of 6: {clause.topic.en}")


def test_xliff_structure_follows_xliff_1_2(document, xliff):
    root = etree.fromstring(xliff)
    assert (root.tag, root.get("version")) == ("{urn:oasis:names:tc:xliff:document:1.2}xliff", "1.2")
    (file,) = root.findall("x:file", XLIFF)
    assert {key: file.get(key) for key in ("original", "source-language", "target-language", "datatype", "date")} \
        == {"original": document.id, "source-language": "vi", "target-language": "en", "datatype": "plaintext",
            "date": "2030-01-02T03:04:05Z"}
    assert file.find("x:header/x:tool", XLIFF).get("tool-id") == file.get("tool-id")
    groups = file.findall("x:body/x:group", XLIFF)
    assert [g.get("id") for g in groups] == [f"clause-{c.number}" for c in document.clauses]
    assert [g.get("resname") for g in groups] == [c.id for c in document.clauses]
    ids = root.xpath("//x:trans-unit/@id", namespaces=XLIFF)
    assert len(ids) == len(set(ids)) == 79
    for group in groups:  # the group's notes come before its units, as the schema orders them
        tags = [etree.QName(child).localname for child in group]
        assert tags == sorted(tags, key=lambda tag: tag != "note")
    notes = groups[24].findall("x:note", XLIFF)  # clause 25: its translator's note in both languages
    assert [n.get(XML_LANG) for n in notes] == ["vi", "en"] and all(n.get("from") == "translator" for n in notes)


def test_statement_json_holds_each_clause_segments_with_their_ids(document, corpus):
    exported = json.loads(render_statement_json(corpus, INFO))["documents"][0]["clauses"]
    for ours, clause in zip(exported, document.clauses, strict=True):
        assert ours["segment_ids"] == [f"{clause.number}.{m}" for m in range(1, clause.segment_count + 1)]
        assert ours["texts"]["vi"]["segments"] == list(clause.segments("vi"))
        assert ours["texts"]["en"]["segments"] == list(clause.segments("en"))
        assert ours["texts"]["ru"] == {"language": "ru", "segments": [], "provenance": ours["texts"]["ru"]["provenance"],
                                       "revisions": [], "text": None}
        assert " ".join(ours["texts"]["vi"]["segments"]) == ours["texts"]["vi"]["text"]
    assert exported[12]["segment_ids"] == ["13.1", "13.2", "13.3", "13.4", "13.5", "13.6"]
