"""CSL-JSON items (https://citationstyles.org, schema csl-data.json) for a document and its clauses.

The statement is a CSL `treaty`: an international instrument whose parties are its authors, which Chicago and
APA cite in the Bluebook form for international agreements (rule 21.4) and OSCOLA in its form for treaties.
Our English text is a translation: its item says so (translator, original title, note) for reference
managers, though the legal forms of these styles never print a translator. A translation changes between
editions, so its item names the edition it cites (CSL `edition`, the note) and points at that edition's
permanent address; the authentic text never changes and has no edition.
"""

from __future__ import annotations

import re
from typing import Any

from statement_core.formatting import clause_label, clause_locator
from statement_core.labels import label
from statement_core.model import Clause, Document, Edition, Language
from statement_core.site_plan import SitePlan

CslItem = dict[str, Any]
# What a clause number is in CSL's list of locators: the official text numbers its paragraphs 1-38.
LOCATOR_LABEL = "paragraph"


def cited_edition(document: Document, language: str) -> Edition | None:
    """The edition a citation of the text in `language` names: a translation's current edition; None for an
    authentic text, whose words are the same in every edition."""
    if document.languages[language].status != "unofficial-translation":  # type: ignore[index]
        return None
    return document.current_edition


def cited_statement_url(plan: SitePlan, document: Document, language: str, site_url: str) -> str:
    """Where a citation of the whole text points: a translation's edition at its permanent address (the words
    cited stay there after the next edition), an authentic text at its page."""
    edition = cited_edition(document, language)
    if edition is None:
        return plan.statement_url(site_url, document.id, language)
    return plan.edition_url(site_url, document.id, language, edition.number)


def cited_clause_url(plan: SitePlan, document: Document, clause: Clause, language: str, site_url: str) -> str:
    """Where a citation of a clause points: the clause in the cited edition's whole text, or on its page."""
    edition = cited_edition(document, language)
    if edition is None:
        return plan.clause_url(site_url, document.id, clause, language)
    return f"{plan.edition_url(site_url, document.id, language, edition.number)}#{clause.anchor}"


def edition_statement(document: Document, language: str) -> str | None:
    """"Edition 2 of the English translation, 30 November 2026": what a citation says it cites, or None."""
    edition = cited_edition(document, language)
    if edition is None:
        return None
    return label(language, "citation_edition", number=edition.number, date=edition.date.format(language))


def item_id(document: Document, language: str, locator: str | None = None) -> str:
    """Stable keys that are BibTeX keys too: "<document>-vi", "<document>-vi-clause-13", "…-clause-13-2"."""
    base = f"{document.id}-{language}"
    return base if locator is None else f"{base}-clause-{re.sub(r'[^0-9a-z]+', '-', locator.lower()).strip('-')}"


def _date_parts(document: Document) -> list[int]:
    return [part for part in (document.date.year, document.date.month, document.date.day) if part is not None]


def _authentic_text_language(document: Document) -> Language:
    """The first authentic language we have a text in (vi): what a translation is translated from."""
    return next(code for code in document.authentic_languages if document.languages[code].status == "authentic")


def statement_item(document: Document, language: Language, url: str) -> CslItem:
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
        "URL": url,
    }
    edition = cited_edition(document, language)
    if edition is not None:
        item["edition"] = str(edition.number)
        item["translator"] = [{"literal": label(language, "citation_publisher")}]
        item["original-title"] = document.title.get(_authentic_text_language(document))
        cited = edition_statement(document, language) or ""
        item["note"] = f"{label(language, 'citation_translation_note')} {cited[:1].upper()}{cited[1:]}."
    return item


def clause_item(document: Document, clause: Clause, language: Language, url: str,
                locator: str | None = None) -> CslItem:
    """The statement at the clause's address, with the clause as its `section` (RIS SE, Zotero's Section)."""
    locator = locator or clause_locator(clause)
    item = statement_item(document, language, url)
    subject = f"{clause_label(language, locator)}: {clause.topic.get(language)}"
    item.update({"id": item_id(document, language, locator), "section": locator,
                 "note": "\n".join(filter(None, (subject, item.get("note"))))})
    return item
