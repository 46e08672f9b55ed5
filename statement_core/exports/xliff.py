"""statement.vi-en.xlf: a bilingual XLIFF 1.2 file for CAT tools (OmegaT, Trados, memoQ, translate-toolkit).

XLIFF 1.2 rather than 2.x because every one of those tools imports it. One <file> per document (original = the
document id), one <group> per clause (id `clause-N`, the clause id as resname, the translator's notes of the
clause as notes), one <trans-unit> per aligned segment with our segment id (`N.M`) as its id, the authentic
Vietnamese as <source>, the unofficial English as <target state="translated"> in an approved unit (the
published translation, reviewed; "approved" is the translation workflow's word, not a claim of authenticity, which
the file's note denies), and notes in both languages that name the clause, the segment's place in it and the
clause's topic, which tools show beside the segment. A revised segment keeps each earlier English wording as
an <alt-trans alttranstype="previous-version"> whose origin names the editions that published it, with the
reason (and any dated erratum to it) as notes; the header says which edition the targets are.
"""

from __future__ import annotations

from lxml.builder import ElementMaker
from lxml.etree import _Element, tostring

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.names import PROJECT_ID, PROJECT_NAME
from statement_core.labels import label
from statement_core.model import Clause, Corpus, Document, Language

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF = ElementMaker(namespace=XLIFF_NAMESPACE, nsmap={None: XLIFF_NAMESPACE})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCE_LANGUAGE: Language = "vi"
TARGET_LANGUAGE: Language = "en"
NOTE_LANGUAGES: tuple[Language, ...] = ("vi", "en")
FILE_NOTE = ("Source: the authentic Vietnamese text, verbatim. Target: the project's unofficial English "
             "translation, aligned segment by segment; each trans-unit id is N.M, segment M of clause N.")


def _note(text: str, language: Language, **attributes: str) -> _Element:
    return XLIFF.note(text, {XML_LANG: language, **attributes})


def _earlier_wordings(clause: Clause, position: int) -> list[_Element]:
    """Each wording a revision replaced, oldest first, named by the editions that published it."""
    alternatives = []
    previous = 1
    for revision in clause.texts[TARGET_LANGUAGE].segment_revisions(position):
        editions = f"edition {previous}" if revision.edition - 1 == previous else \
            f"editions {previous}-{revision.edition - 1}"
        reasons = [_note(revision.reason.get(language), language) for language in NOTE_LANGUAGES]
        # An erratum to the reason follows it, dated; the reason stays as its edition published it.
        reasons += [_note(f"{label(language, 'history_erratum', date=erratum.date.iso())}: "
                          f"{erratum.reason.get(language)}", language)
                    for erratum in revision.errata for language in NOTE_LANGUAGES]
        alternatives.append(XLIFF("alt-trans", XLIFF.target(revision.earlier, {XML_LANG: TARGET_LANGUAGE}), *reasons,
                                  origin=editions, alttranstype="previous-version"))
        previous = revision.edition
    return alternatives


def _unit(clause: Clause, position: int) -> _Element:
    notes = [_note(label(language, "xliff_unit_note", clause=clause.number, position=position,
                         count=clause.segment_count, topic=clause.topic.get(language)), language, annotates="general")
             for language in NOTE_LANGUAGES]
    return XLIFF("trans-unit",
                 XLIFF.source(clause.segments(SOURCE_LANGUAGE)[position - 1], {XML_LANG: SOURCE_LANGUAGE}),
                 XLIFF.target(clause.segments(TARGET_LANGUAGE)[position - 1], {XML_LANG: TARGET_LANGUAGE},
                              state="translated"),
                 *notes, *_earlier_wordings(clause, position), id=clause.segment_id(position), approved="yes")


def _group(clause: Clause) -> _Element:
    notes = [_note(text, language, **{"from": "translator"}) for note in clause.notes
             for language, text in (("vi", note.vi), ("en", note.en)) if text]
    units = [_unit(clause, position) for position in range(1, clause.segment_count + 1)]
    return XLIFF.group(*notes, *units, id=clause.anchor, resname=clause.id)


def _file(document: Document, info: BuildInfo) -> _Element:
    current = document.current_edition
    edition_note = [_note(f"Targets: edition {current.number} of the English translation, published "
                          f"{current.date.iso()}.", "en")] if current else []
    header = XLIFF.header(XLIFF.tool({"tool-id": PROJECT_ID, "tool-name": PROJECT_NAME, "tool-version": info.version}),
                          _note(FILE_NOTE, "en"), *edition_note)
    return XLIFF.file(header, XLIFF.body(*(_group(clause) for clause in document.clauses)), {
        "original": document.id, "source-language": SOURCE_LANGUAGE, "target-language": TARGET_LANGUAGE,
        "datatype": "plaintext", "date": info.date_iso, "tool-id": PROJECT_ID, "build-num": info.commit,
    })


def render_xliff(corpus: Corpus, info: BuildInfo) -> bytes:
    root = XLIFF.xliff(*(_file(document, info) for document in corpus.documents), version="1.2")
    return tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
