"""How dates, sizes and short citations are written for readers: the same on the site, in the PDFs, in the
Cite dialog and in the worker's status.

Below both the site and the PDF packages: each formats with these functions and never borrows from the other.
"""

from __future__ import annotations

from statement_core.labels import label
from statement_core.model import Agreement, Clause, Document


def agreement_date(agreement: Agreement, language: str) -> str:
    """"12/5/2025", "12–15/5/2025", "3 March 1992 – 1 April 1993", or "" for an agreement not yet dated."""
    if agreement.date is None:
        return ""
    start = agreement.date.format(language)
    if agreement.end_date is None:
        return start
    end = agreement.end_date.format(language)
    if language == "vi" and agreement.date.precision == "day" and agreement.end_date.precision == "day" \
            and agreement.date.month == agreement.end_date.month:
        return f"{agreement.date.day}–{end}"
    if language == "en" and agreement.date.month == agreement.end_date.month:
        return f"{agreement.date.day}–{end}"
    return f"{start} – {end}"


def human_size(size: int, language: str) -> str:
    """1 234 567 bytes: "1,2 MB" in Vietnamese, "1.2 MB" in English."""
    value, unit = float(size), "B"
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            break
        value /= 1000
    text = f"{value:.0f}" if unit in ("B", "KB") or value >= 100 else f"{value:.1f}"
    return f"{text.replace('.', ',') if language == 'vi' else text} {unit}"


def clause_label(language: str, number: int | str) -> str:
    """"Khoản 13" / "Clause 13": how every page, PDF, card, citation and search result names a clause (or
    "Clause 13(2)" with a segment's locator)."""
    return f"{label(language, 'clause')} {number}"


def clause_locator(clause: Clause) -> str:
    """The locator that cites a clause: its number, as the official text numbers its paragraphs."""
    return str(clause.number)


def segment_locator(clause: Clause, position: int) -> str:
    """"13(2)": segment 2 of clause 13, as legal citations number the parts of a paragraph."""
    return f"{clause_locator(clause)}({position})"


def short_citation(document: Document, language: str, locator: str | None = None) -> str:
    """The project's one short citation, in the Cite dialog and on the clauses' "Copy citation":
    "<citation title>, cl. 13" (en), "<citation title>, khoản 13" (vi); the document alone is its title."""
    title = document.citation_title.get(language)
    return title if locator is None else label(language, "citation_short_form", title=title, locator=locator)
