"""statement.akn.xml: the statement in Akoma Ntoso 3.0, valid against the OASIS schema.

Layout: the root <doc name="jointStatement"> is the authentic Vietnamese expression
(FRBRauthoritative true). AKN allows one document per root, so the English translation is a second,
complete <doc> inside <components>: its own meta names the Vietnamese expression as
FRBRmasterExpression and FRBRtranslation, with FRBRauthoritative false. A consumer that reads only
the root gets the authentic text; nothing presents the translation as authentic.

The schema requires eIds to be unique across the whole file, components included, so the English
document's eIds carry its component prefix (`cmp_1__para_1`), as the AKN naming convention does for
embedded documents. Within a paragraph, each aligned segment is an `<inline name="segment">` whose eId
follows the same convention: segment 13.2 is `para_13__inline_2` (`cmp_1__para_13__inline_2` in the English).
Chapters are the project's grouping, not the source's: clause numbers are not contiguous within a chapter
(defence holds 11, 12 and 25), so clauses are grouped in chapter order.
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import _Element

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.akn_meta import AKN, DOC_NAME, meta, slug
from statement_core.model import Clause, Document, Language

# Each aligned segment is a generic AKN inline named "segment" (a segment is a sentence or a list item, for
# which AKN has no element of its own).
SEGMENT_ELEMENT = "inline"
SEGMENT_NAME = "segment"


def master_language(document: Document) -> Language:
    """The authentic language whose text we hold: the expression translations are made from."""
    return next(code for code in document.authentic_languages if document.languages[code].status == "authentic")


def paragraph_id(number: int, prefix: str = "") -> str:
    return f"{prefix}para_{number}"


def component_id(index: int) -> str:
    return f"cmp_{index}"


def chapter_id(chapter: str, prefix: str = "") -> str:
    return f"{prefix}chp_{chapter}"


def _preface(document: Document, language: Language) -> _Element:
    return AKN.preface(
        AKN.longTitle(AKN.p(AKN.docTitle(document.title.get(language)))),
        AKN.p(AKN.location(document.place.get(language), refersTo=f"#{slug(document.place.en)}"), ", ",
              AKN.docDate(document.date.format(language), date=document.date.iso())),
    )


def segment_id(number: int, position: int, prefix: str = "") -> str:
    """eId of segment `position` of clause `number` ("13.2" is para_13__inline_2): the naming convention's
    form for an element without an abbreviation, its name and its position, after its paragraph's eId."""
    return f"{paragraph_id(number, prefix)}__{SEGMENT_ELEMENT}_{position}"


def _segmented_text(clause: Clause, language: Language, prefix: str) -> _Element:
    """The clause text as one <p> whose segments are <inline name="segment"> elements, one space apart, so
    the paragraph's text is still the clause text."""
    paragraph = AKN.p()
    paragraph.text = ""  # an empty text node keeps pretty-printing from indenting inside the paragraph
    for position, segment in enumerate(clause.segments(language), start=1):
        element = AKN(SEGMENT_ELEMENT, segment, name=SEGMENT_NAME, eId=segment_id(clause.number, position, prefix))
        if position > 1:
            paragraph[-1].tail = " "
        paragraph.append(element)
    return paragraph


def _main_body(document: Document, language: Language, prefix: str) -> _Element:
    chapters = []
    for chapter in document.chapters:
        paragraphs = [
            AKN.paragraph(AKN.num(f"{clause.number}."), AKN.content(_segmented_text(clause, language, prefix)),
                          eId=paragraph_id(clause.number, prefix))
            for clause in document.chapter_clauses(chapter)
        ]
        chapters.append(AKN.chapter(AKN.heading(chapter.title.get(language)), *paragraphs,
                                    eId=chapter_id(chapter.id, prefix)))
    return AKN.mainBody(*chapters)


def _doc(document: Document, language: Language, info: BuildInfo, prefix: str) -> _Element:
    # References live once, in the root's meta; the component's meta points at them by the same ids.
    return AKN.doc(
        meta(document, language, master_language(document), info, with_references=not prefix),
        _preface(document, language),
        _main_body(document, language, prefix),
        name=DOC_NAME,
    )


def translation_languages(document: Document) -> list[Language]:
    """Languages we publish as translations: text present, not authentic."""
    return [code for code, provenance in document.languages.items()
            if provenance.status == "unofficial-translation" and any(c.text(code) for c in document.clauses)]


def render_akn(document: Document, info: BuildInfo) -> bytes:
    root_doc = _doc(document, master_language(document), info, prefix="")
    components = [
        AKN.component(_doc(document, language, info, prefix=f"{component_id(index)}__"), eId=component_id(index))
        for index, language in enumerate(translation_languages(document), start=1)
    ]
    root = AKN.akomaNtoso(root_doc, *([AKN.components(*components)] if components else []))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
