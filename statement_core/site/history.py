"""The versions of the translation as the reader sees them (issue 21): a revised clause's history on the
reading pages, and each edition's changes on the Changes page and in the Atom feeds.

Plain data only: each earlier wording comes with its word-level difference against the current text, the
edition and date in the page's language, the reason and the links; templates loop over it.
"""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.model import Clause, Document, Edition, Language, Revision
from statement_core.site.page_context import PageContext
from statement_core.site_plan import PlannedPage
from statement_core.text.word_diff import DiffRun, word_diff


@dataclass(frozen=True)
class ErratumView:
    """A dated correction of the reason, shown after the reason as published (which stays word for word)."""

    iso: str  # "2026-12-07", for <time datetime>
    heading: str  # "Erratum of 7 December 2026"
    reason: str  # the reason as it should have read


@dataclass(frozen=True)
class RevisionView:
    clause: int
    segment: int
    locator: str  # "25(3)": the segment, as the Cite dialog writes it
    edition: int  # the edition that replaced this wording
    date: str  # that edition's date, in the page's language
    heading: str
    language: Language  # of the wording (the translation's)
    runs: tuple[DiffRun, ...]  # the earlier wording against the current one
    reason: str  # as the edition published it
    reason_heading: str  # "Reason", or "Reason, as published" when an erratum corrects it
    errata: tuple[ErratumView, ...]  # oldest first
    earlier_edition: int  # the last edition that published this wording
    earlier_edition_href: str  # that edition's page, at this clause
    earlier_edition_link: str


@dataclass(frozen=True)
class HistoryView:
    anchor: str  # "clause-25-history"
    mark: str  # "Translation revised in edition 2", the disclosure's summary
    legend: str
    revisions: tuple[RevisionView, ...]  # newest edition first
    how_href: str = ""  # the page on how we translate and correct (issue 31)
    how_link: str = ""


def segment_locator(clause: Clause, segment: int) -> str:
    """"25(3)" for segment 3 of clause 25, "25" when the clause is one segment (as citations write it)."""
    return f"{clause.number}({segment})" if clause.segment_count > 1 else str(clause.number)


def _previous_edition(document: Document, edition: int) -> Edition:
    """The edition before `edition`: the last one that published the wording `edition` replaced."""
    return max((e for e in document.editions if e.number < edition), key=lambda e: e.number)


def edition_page(context: PageContext, document: Document, number: int) -> PlannedPage:
    """The page of `document` as edition `number` published it."""
    return context.plan.find("edition", document.id, edition=number)


def revision_view(context: PageContext, document: Document, clause: Clause, language: Language,
                  revision: Revision, against_current: bool = True) -> RevisionView:
    """One earlier wording, compared with the current text (a clause's history) or with the wording its
    edition published (`against_current=False`: what that edition changed, on the Changes page and feeds)."""
    text = clause.texts[language]
    later = text.segments[revision.segment - 1] if against_current else \
        text.segment_in_edition(revision.segment, revision.edition)
    edition = document.edition(revision.edition)
    earlier = _previous_edition(document, revision.edition)
    date = edition.date.format(context.language)
    locator = segment_locator(clause, revision.segment)
    return RevisionView(
        clause=clause.number, segment=revision.segment, locator=locator, edition=edition.number, date=date,
        heading=context.text("history_revision", locator=locator, edition=edition.number, date=date),
        language=language,
        runs=word_diff(revision.earlier, later),
        reason=revision.reason.get(context.language),
        reason_heading=context.text("history_reason_published" if revision.errata else "history_reason"),
        errata=tuple(ErratumView(iso=erratum.date.iso(),
                                 heading=context.text("history_erratum", date=erratum.date.format(context.language)),
                                 reason=erratum.reason.get(context.language)) for erratum in revision.errata),
        earlier_edition=earlier.number,
        earlier_edition_href=context.link(edition_page(context, document, earlier.number), clause.anchor),
        earlier_edition_link=context.text("history_read_edition", edition=earlier.number),
    )


def clause_history(context: PageContext, document: Document, clause: Clause) -> HistoryView | None:
    """The history of a revised clause, newest edition first; None when it never changed."""
    revisions = [revision_view(context, document, clause, language, revision)
                 for language, revision in clause.revisions]
    if not revisions:
        return None
    revisions.sort(key=lambda view: (-view.edition, view.segment))
    return HistoryView(anchor=f"{clause.anchor}-history",
                       mark=context.text("history_mark", edition=revisions[0].edition),
                       legend=context.text("history_legend"), revisions=tuple(revisions),
                       how_href=context.translation_page_link(), how_link=context.text("translation_page_link"))
