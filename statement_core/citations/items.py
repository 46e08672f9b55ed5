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
from statement_core.formatting import clause_locator
from statement_core.labels import label
from statement_core.model import Clause, Document, Language

CslItem = dict[str, Any]
# What a clause number is in CSL's list of locators: the official text numbers its paragraphs 1-38.
LOCATOR_LABEL = "paragraph"


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
