"""CSL-JSON items (https://citationstyles.org, schema csl-data.json) for a document and its clauses.

The statement is a CSL `treaty`: an international instrument whose parties are its authors, which Chicago and
APA cite in the Bluebook form for international agreements (rule 21.4) and OSCOLA in its form for treaties.
Our English text is a translation: its item says so (translator, original title, note) for reference
managers, though the legal forms of these styles never print a translator.
"""

from __future__ import annotations

import re
from typing import Any

from statement_core.build_info import BuildInfo
from statement_core.labels import label
from statement_core.model import Clause, Document, Language
from statement_core.site_plan import SitePlan

CslItem = dict[str, Any]
# What a clause number is in CSL's list of locators: the official text numbers its paragraphs 1-38.
LOCATOR_LABEL = "paragraph"


def statement_url(plan: SitePlan, document: Document, language: str, site_url: str) -> str:
    """The public address of the whole text in one language (citations point to the web, even offline)."""
    return site_url.rstrip("/") + "/" + plan.find("full-text", document.id).url(language)


def clause_url(plan: SitePlan, document: Document, clause: Clause, language: str, site_url: str) -> str:
    page = plan.find("chapter", document.id, clause.chapter_id)
    return f"{site_url.rstrip('/')}/{page.url(language)}#{clause.anchor}"


def clause_locator(clause: Clause) -> str:
    """The locator that cites a clause; a segment's is its clause's with the segment after it, "13(2)"."""
    return str(clause.number)


def segment_locator(clause: Clause, position: int) -> str:
    """"13(2)": segment 2 of clause 13, as legal citations number the parts of a paragraph."""
    return f"{clause_locator(clause)}({position})"


def item_id(document: Document, language: str, locator: str | None = None) -> str:
    """Stable keys that are BibTeX keys too: "<document>-vi", "<document>-vi-clause-13", "…-clause-13-2"."""
    base = f"{document.id}-{language}"
    return base if locator is None else f"{base}-clause-{re.sub(r'[^0-9a-z]+', '-', locator.lower()).strip('-')}"


def _date_parts(document: Document) -> list[int]:
    return [part for part in (document.date.year, document.date.month, document.date.day) if part is not None]


def _authentic_text_language(document: Document) -> Language:
    """The first authentic language we have a text in (vi): what a translation is translated from."""
    return next(code for code in document.authentic_languages if document.languages[code].status == "authentic")


def statement_item(document: Document, language: Language, url: str, info: BuildInfo) -> CslItem:
    item: CslItem = {
        "id": item_id(document, language),
        "type": "treaty",
        "title": document.title.get(language),
        "title-short": document.short_title.get(language),
        "author": [{"literal": party.short_name.get(language)} for party in document.parties],
        "issued": {"date-parts": [_date_parts(document)]},
        "event-place": document.place.get(language),
        "language": language,
        "publisher": label(language, "citation_publisher"),
        "version": info.version,
        "URL": url,
    }
    if document.languages[language].status == "unofficial-translation":
        item["translator"] = [{"literal": label(language, "citation_publisher")}]
        item["original-title"] = document.title.get(_authentic_text_language(document))
        item["note"] = label(language, "citation_translation_note")
    return item


def clause_item(document: Document, clause: Clause, language: Language, url: str, info: BuildInfo,
                locator: str | None = None) -> CslItem:
    """The statement at the clause's address, with the clause as its `section` (RIS SE, Zotero's Section)."""
    locator = locator or clause_locator(clause)
    item = statement_item(document, language, url, info)
    subject = f"{label(language, 'clause')} {locator}: {clause.topic.get(language)}"
    item.update({"id": item_id(document, language, locator), "section": locator,
                 "note": "\n".join(filter(None, (subject, item.get("note"))))})
    return item


def short_form(document: Document, language: str, locator: str | None = None) -> str:
    """The project's own short form: "<citation title>, cl. 13" (en), "<citation title>, khoản 13" (vi)."""
    title = document.citation_title.get(language)
    return title if locator is None else label(language, "citation_short_form", title=title, locator=locator)
