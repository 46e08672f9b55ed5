"""What a page tells reference managers and search engines about itself: schema.org JSON-LD and the
`citation_*` (Highwire Press) meta tags that Zotero, Mendeley and Google Scholar read.

The statement is a schema.org `Legislation` signed by two states in two authentic languages; its Vietnamese
text is the authentic state document (a `LegislationObject` of official legal value) and our English text a
translation of it with no legal value, with its current edition (number, date, permanent address). A chapter
(our grouping for reading) is part of the statement and holds its clauses; every other page is a WebPage about it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from statement_core.runtime.build_info import BuildInfo
from statement_core.citations.items import cited_statement_url
from statement_core.formatting import clause_label
from statement_core.labels import label
from statement_core.model import Corpus, Document, Language
from statement_core.site_plan import PlannedPage, SitePlan

SCHEMA = "https://schema.org"
# Pages that show a document's text: their citation_* tags describe the document itself.
TEXT_PAGES = frozenset({"chapter", "full-text"})


@dataclass(frozen=True)
class PageMetadata:
    json_ld: Markup  # safe inside <script type="application/ld+json">
    meta: tuple[tuple[str, Markup], ...]  # (name, escaped content) of each <meta name=… content=…>


@dataclass(frozen=True)
class PageFacts:
    """The page being described: where it is, what it is called, which language, which document."""

    language: Language
    url: str  # public absolute address
    title: str
    site_name: str
    site_url: str
    page: PlannedPage | None  # None: a hand-written page (about)
    pdf_urls: dict[str, str]  # document id -> public address of its PDF in this language, when built


def _ids(document: Document, site_url: str) -> dict[str, str]:
    root = site_url.rstrip("/") + "/"
    return {"work": f"{root}#{document.id}", "vi": f"{root}#{document.id}-text-vi",
            "en": f"{root}#{document.id}-translation-en"}


def _publisher(language: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": label(language, "citation_publisher")}


def statement_nodes(document: Document, plan: SitePlan, facts: PageFacts, info: BuildInfo) -> list[dict[str, Any]]:
    """The work and its two texts we hold: the authentic Vietnamese and our English translation."""
    language, ids = facts.language, _ids(document, facts.site_url)
    titles = [{"@value": document.title.get(code), "@language": code} for code in ("vi", "en")]
    work = {
        "@type": "Legislation", "@id": ids["work"], "name": titles,
        "alternateName": document.short_title.get(language),
        "legislationType": label(language, "citation_document_type"),
        "legislationDate": document.date.iso(),
        # The parties are the two states, as legal persons (legislationPassedBy takes an Organization).
        "legislationPassedBy": [{"@type": "GovernmentOrganization", "name": party.name.get(language),
                                 "address": {"@type": "PostalAddress", "addressCountry": party.country}}
                                for party in document.parties],
        "locationCreated": {"@type": "Place", "name": document.place.get(language)},
        "inLanguage": list(document.authentic_languages),
        "workExample": {"@id": ids["vi"]},
        "workTranslation": {"@id": ids["en"]},
    }
    authentic = {
        "@type": "LegislationObject", "@id": ids["vi"], "name": document.title.vi, "inLanguage": "vi",
        "exampleOfWork": {"@id": ids["work"]}, "legislationLegalValue": f"{SCHEMA}/OfficialLegalValue",
        "url": plan.statement_url(facts.site_url, document.id, "vi"),
    }
    edition = document.current_edition
    translation = {
        "@type": "LegislationObject", "@id": ids["en"], "name": document.title.en, "inLanguage": "en",
        "translationOfWork": {"@id": ids["work"]}, "isBasedOn": {"@id": ids["vi"]},
        "legislationLegalValue": f"{SCHEMA}/UnofficialLegalValue",
        "creativeWorkStatus": label("en", "citation_translation_note"),
        "translator": _publisher(language), "publisher": _publisher(language),
        "version": str(edition.number) if edition else info.version,
        "dateModified": edition.date.iso() if edition else info.day_iso,
        "url": cited_statement_url(plan, document, "en", facts.site_url),
    }
    return [work, authentic, translation]


def chapter_node(document: Document, plan: SitePlan, facts: PageFacts) -> dict[str, Any]:
    assert facts.page is not None and facts.page.chapter_id
    chapter = document.chapter(facts.page.chapter_id)
    language = facts.language
    return {
        "@type": "Legislation", "@id": f"{facts.url}#chapter", "name": chapter.title.get(language),
        "description": label(language, "citation_chapter_note"), "inLanguage": language,
        "isPartOf": {"@id": _ids(document, facts.site_url)["work"]},
        "hasPart": [{"@type": "Legislation", "@id": plan.clause_url(facts.site_url, document.id, clause, language),
                     "name": f"{clause_label(language, clause.number)}: {clause.topic.get(language)}",
                     "legislationIdentifier": str(clause.number), "inLanguage": language}
                    for clause in document.chapter_clauses(chapter)],
    }


def _documents_of(corpus: Corpus, facts: PageFacts) -> tuple[Document, ...]:
    if facts.page is not None and facts.page.document_id:
        return (corpus.document(facts.page.document_id),)
    return corpus.documents


def json_ld(corpus: Corpus, plan: SitePlan, facts: PageFacts, info: BuildInfo) -> dict[str, Any]:
    documents = _documents_of(corpus, facts)
    graph: list[dict[str, Any]] = []
    for document in documents:
        graph += statement_nodes(document, plan, facts, info)
    webpage: dict[str, Any] = {
        "@type": "WebPage", "@id": facts.url, "url": facts.url, "name": facts.title, "inLanguage": facts.language,
        "isPartOf": {"@type": "WebSite", "@id": facts.site_url, "url": facts.site_url, "name": facts.site_name},
        "about": [{"@id": _ids(document, facts.site_url)["work"]} for document in documents],
        "publisher": _publisher(facts.language),
    }
    kind = facts.page.kind if facts.page else None
    if kind == "chapter":
        chapter = chapter_node(documents[0], plan, facts)
        graph.append(chapter)
        webpage["mainEntity"] = {"@id": chapter["@id"]}
    elif kind == "full-text" or (kind == "home" and len(documents) == 1):
        webpage["mainEntity"] = {"@id": _ids(documents[0], facts.site_url)["work"]}
    return {"@context": SCHEMA, "@graph": [webpage, *graph]}


def citation_meta(corpus: Corpus, facts: PageFacts, info: BuildInfo) -> list[tuple[str, str]]:
    """Highwire Press tags: the document on its text pages (and the home page of a single document),
    the page itself elsewhere."""
    documents = _documents_of(corpus, facts)
    kind = facts.page.kind if facts.page else None
    language = facts.language
    if kind in TEXT_PAGES or (kind == "home" and len(documents) == 1):
        document = documents[0]
        meta = [("citation_title", document.title.get(language))]
        meta += [("citation_author", party.name.get(language)) for party in document.parties]
        meta += [("citation_date", document.date.iso().replace("-", "/")),
                 ("citation_publication_date", document.date.iso().replace("-", "/"))]
        if document.id in facts.pdf_urls:
            meta.append(("citation_pdf_url", facts.pdf_urls[document.id]))
    else:
        meta = [("citation_title", facts.title), ("citation_author", label(language, "citation_publisher")),
                ("citation_date", info.day_iso.replace("-", "/"))]
    meta += [("citation_language", language), ("citation_publisher", label(language, "citation_publisher")),
             ("citation_public_url", facts.url)]
    return meta


def _script_safe(data: dict[str, Any]) -> Markup:
    """JSON that cannot end its <script> element early: every "<" is written as its JSON escape."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def page_metadata(corpus: Corpus, plan: SitePlan, facts: PageFacts, info: BuildInfo) -> PageMetadata:
    return PageMetadata(json_ld=_script_safe(json_ld(corpus, plan, facts, info)),
                        meta=tuple((name, escape(content)) for name, content in citation_meta(corpus, facts, info)))
