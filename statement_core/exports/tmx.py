"""statement.vi-en.tmx: a TMX 1.4b translation memory, one <tu> per clause, Vietnamese source, English target."""

from __future__ import annotations

from lxml import etree

from statement_core.build_info import BuildInfo
from statement_core.exports.names import PROJECT_ID
from statement_core.model import Clause, Corpus, Document, Language

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCE_LANGUAGE: Language = "vi"
TARGET_LANGUAGE: Language = "en"
# The status itself is data (per <tuv>), so the header only says where to find it.
HEADER_NOTE = ("Each <tuv> states its provenance in <prop type=\"x-provenance\">: the authentic text, or the "
               "project's unofficial translation.")


def tmx_date(info: BuildInfo) -> str:
    """TMX dates are ISO 8601 basic format in UTC: 20250512T000000Z."""
    return info.date.strftime("%Y%m%dT%H%M%SZ")


def _prop(parent: etree._Element, kind: str, value: str) -> None:
    etree.SubElement(parent, "prop", type=kind).text = value


def _variant(unit: etree._Element, clause: Clause, language: Language) -> None:
    variant = etree.SubElement(unit, "tuv", {XML_LANG: language})
    # Per-variant status lets a consumer tell the authentic text from the translation without the header.
    _prop(variant, "x-provenance", clause.texts[language].provenance.status)
    etree.SubElement(variant, "seg").text = clause.text(language) or ""


def _unit(body: etree._Element, document: Document, clause: Clause) -> None:
    # The tuid is the clause id, unique within a document; x-document tells documents apart.
    unit = etree.SubElement(body, "tu", tuid=clause.id)
    _prop(unit, "x-document", document.id)
    _prop(unit, "x-chapter", clause.chapter_id)
    _prop(unit, "x-clause-number", str(clause.number))
    _variant(unit, clause, SOURCE_LANGUAGE)
    _variant(unit, clause, TARGET_LANGUAGE)


def render_tmx(corpus: Corpus, info: BuildInfo) -> bytes:
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(root, "header", {
        "creationtool": PROJECT_ID,
        "creationtoolversion": info.version,
        "segtype": "paragraph",
        "o-tmf": PROJECT_ID,
        "adminlang": "en",
        "srclang": SOURCE_LANGUAGE,
        "datatype": "plaintext",
        "creationdate": tmx_date(info),
    })
    etree.SubElement(header, "note").text = HEADER_NOTE
    _prop(header, "x-source-commit", info.commit)
    body = etree.SubElement(root, "body")
    for document in corpus.documents:
        for clause in document.clauses:
            _unit(body, document, clause)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
