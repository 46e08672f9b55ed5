"""Two TMX 1.4b translation memories, Vietnamese source and English target, both read by CAT tools:

- statement.vi-en.segments.tmx: one <tu> per aligned segment (segtype "sentence"), what a translator's tool
  matches against: each carries its clause and its segment id ("13.2") as properties;
- statement.vi-en.clauses.tmx: one <tu> per clause (segtype "paragraph"), for those who align by clause.

The English <tuv> carries the translation's editions: created on the first edition's date, changed on the
date of the edition that last revised it (`changedate`, only where a revision exists), and the edition its
wording took effect in as <prop type="x-edition">; the header names the current edition.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from lxml import etree

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.names import PROJECT_ID
from statement_core.model import Clause, Corpus, Document, Edition, Language

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCE_LANGUAGE: Language = "vi"
TARGET_LANGUAGE: Language = "en"
Unit = Literal["clause", "segment"]
SEGMENT_TYPES: dict[Unit, str] = {"clause": "paragraph", "segment": "sentence"}
# The status itself is data (per <tuv>), so the header only says where to find it.
HEADER_NOTE = ("Each <tuv> states its provenance in <prop type=\"x-provenance\">: the authentic text, or the "
               "project's unofficial translation.")
SEGMENT_NOTE = ("One <tu> per aligned segment: <prop type=\"x-segment-id\"> is N.M, segment M of clause N, as in "
                "the reader's links (#clause-N.M).")


def tmx_date(info: BuildInfo) -> str:
    """TMX dates are ISO 8601 basic format in UTC: 20250512T000000Z."""
    return info.date.strftime("%Y%m%dT%H%M%SZ")


def edition_date(edition: Edition) -> str:
    """An edition's day as a TMX date: 20261130T000000Z."""
    return edition.date.first_day().strftime("%Y%m%dT000000Z")


def _prop(parent: etree._Element, kind: str, value: str) -> None:
    etree.SubElement(parent, "prop", type=kind).text = value


def _edition_attributes(document: Document, clause: Clause, language: Language,
                        positions: range) -> tuple[dict[str, str], Edition | None]:
    """The variant's creation and change dates, and the edition its wording took effect in (None: no editions)."""
    if not document.editions or clause.texts[language].provenance.status != "unofficial-translation":
        return {}, None
    revised = [revision.edition for position in positions
               for revision in clause.texts[language].segment_revisions(position)]
    wording = document.edition(max(revised)) if revised else document.editions[0]
    dates = {"creationdate": edition_date(document.editions[0])}
    if revised:
        dates["changedate"] = edition_date(wording)
    return dates, wording


def _variant(unit: etree._Element, document: Document, clause: Clause, language: Language, text: str,
             positions: range) -> None:
    dates, wording = _edition_attributes(document, clause, language, positions)
    variant = etree.SubElement(unit, "tuv", {XML_LANG: language, **dates})
    # Per-variant status lets a consumer tell the authentic text from the translation without the header.
    _prop(variant, "x-provenance", clause.texts[language].provenance.status)
    if wording is not None:
        _prop(variant, "x-edition", str(wording.number))
    etree.SubElement(variant, "seg").text = text


def _units(document: Document, clause: Clause, by: Unit) -> Iterator[tuple[str, dict[str, str], str, str, range]]:
    """(tuid, properties, source text, target text, segment positions) of each unit of a clause."""
    props = {"x-document": document.id, "x-chapter": clause.chapter_id, "x-clause-number": str(clause.number)}
    if by == "clause":
        # The tuid is the clause id, unique within a document; x-document tells documents apart.
        yield (clause.id, props, clause.text(SOURCE_LANGUAGE) or "", clause.text(TARGET_LANGUAGE) or "",
               range(1, clause.segment_count + 1))
        return
    pairs = zip(clause.segments(SOURCE_LANGUAGE), clause.segments(TARGET_LANGUAGE), strict=True)
    for position, (source, target) in enumerate(pairs, start=1):
        yield (f"{clause.id}.{position}", {**props, "x-segment-id": clause.segment_id(position)}, source, target,
               range(position, position + 1))


def render_tmx(corpus: Corpus, info: BuildInfo, by: Unit = "segment") -> bytes:
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(root, "header", {
        "creationtool": PROJECT_ID,
        "creationtoolversion": info.version,
        "segtype": SEGMENT_TYPES[by],
        "o-tmf": PROJECT_ID,
        "adminlang": "en",
        "srclang": SOURCE_LANGUAGE,
        "datatype": "plaintext",
        "creationdate": tmx_date(info),
    })
    etree.SubElement(header, "note").text = HEADER_NOTE
    if by == "segment":
        etree.SubElement(header, "note").text = SEGMENT_NOTE
    _prop(header, "x-source-commit", info.commit)
    if corpus.editions:
        _prop(header, "x-translation-edition", str(corpus.editions[-1].number))
    body = etree.SubElement(root, "body")
    for document in corpus.documents:
        for clause in document.clauses:
            for tuid, props, source, target, positions in _units(document, clause, by):
                unit = etree.SubElement(body, "tu", tuid=tuid)
                for kind, value in props.items():
                    _prop(unit, kind, value)
                _variant(unit, document, clause, SOURCE_LANGUAGE, source, positions)
                _variant(unit, document, clause, TARGET_LANGUAGE, target, positions)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
