"""The pages of the translation's versions (issue 21): each edition's whole text at its permanent address
(editions/<N>/), and the Changes page. Their builders return what render.render_page expects.

An edition page shows the text exactly as that edition published it, both columns always (the reading
modes do not apply: the point of the page is the translation beside the text it translates), with no
actions and no history: it is a record, cited and shared from the current text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from statement_core.formatting import clause_label
from statement_core.labels import choice
from statement_core.model import Clause, Document, Edition
from statement_core.site.changes_feed import feed_path
from statement_core.site.history import RevisionView, edition_page, revision_view
from statement_core.site_plan import relative_url
from statement_core.site.page_context import PageContext
from statement_core.site.page_views import TocEntry


@dataclass(frozen=True)
class EditionSegment:
    id: str  # "25.3"
    anchor: str  # "clause-25.3" in the page's language's column, as on the chapter pages; else ""
    text: str


@dataclass(frozen=True)
class EditionColumn:
    language: str
    heading: str
    status: str
    segments: tuple[EditionSegment, ...]


@dataclass(frozen=True)
class EditionClause:
    anchor: str
    label: str
    topic: str
    columns: tuple[EditionColumn, ...]  # the reader's language first


def _edition_column(context: PageContext, clause: Clause, code: str) -> EditionColumn:
    addressed = code == context.language  # one address per segment, as on the chapter pages
    segments = tuple(EditionSegment(id=clause.segment_id(position),
                                    anchor=clause.segment_anchor(position) if addressed else "", text=text)
                     for position, text in enumerate(clause.segments(code), start=1))
    return EditionColumn(language=code, heading=choice(context.language, "column", code),
                         status=choice(context.language, "status", clause.texts[code].provenance.status), segments=segments)


def _edition_clause(context: PageContext, clause: Clause) -> EditionClause:
    columns = tuple(_edition_column(context, clause, code) for code in (context.language, context.other_language()))
    return EditionClause(anchor=clause.anchor, label=clause_label(context.language, clause.number),
                         topic=clause.topic.get(context.language), columns=columns)


def edition_page_values(context: PageContext) -> tuple[str, str, str, dict[str, Any], tuple[TocEntry, ...]]:
    number = context.page.edition
    assert number is not None and context.page.document_id is not None
    current = context.corpus.editions[-1]
    as_published = context.corpus.document(context.page.document_id).in_edition(number)
    edition = as_published.edition(number)
    date = edition.date.format(context.language)
    banner = "edition_current_banner" if number == current.number else "edition_old_banner"
    # With several documents, each edition page lists the edition's other documents (as the home page does).
    documents = [{"title": document.title.get(context.language),
                  "href": context.link(edition_page(context, document, number)),
                  "current": document.id == as_published.id}
                 for document in context.corpus.documents] if len(context.corpus.documents) > 1 else []
    return (context.text("edition_title", number=number), edition.summary.get(context.language), "edition.html", {
        "number": number,
        "is_current": number == current.number,
        "banner": context.text(banner, number=number, date=date),
        "summary": edition.summary.get(context.language),
        "current_href": context.link(context.plan.find("full-text", as_published.id)),
        "current_link": context.text("edition_read_current", number=current.number),
        "changes_href": context.link(context.plan.find("changes")),
        "title": as_published.title.get(context.language),
        "clauses": [_edition_clause(context, clause) for clause in as_published.clauses],
        "documents": documents,
    }, ())


@dataclass(frozen=True)
class ChangeView:
    revision: RevisionView
    clause_href: str
    clause_label: str  # "Clause 25: Justice and law enforcement"


def _changes_of(context: PageContext, document: Document, edition: Edition) -> tuple[ChangeView, ...]:
    changes = []
    for clause, language, revision in document.revisions_in(edition.number):
        chapter_page = context.plan.find("chapter", document.id, clause.chapter_id)
        changes.append(ChangeView(
            revision=revision_view(context, document, clause, language, revision, against_current=False),
            clause_href=context.link(chapter_page, clause.anchor),
            clause_label=f"{clause_label(context.language, clause.number)}: {clause.topic.get(context.language)}"))
    return tuple(changes)


def changes_page_values(context: PageContext) -> tuple[str, str, str, dict[str, Any], tuple[TocEntry, ...]]:
    editions = []
    for edition in reversed(context.corpus.editions):
        changes = tuple(change for document in context.corpus.documents
                        for change in _changes_of(context, document, edition))
        editions.append({
            "anchor": f"edition-{edition.number}",
            "heading": context.text("edition_summary", number=edition.number,
                                    date=edition.date.format(context.language)),
            "iso": edition.date.iso(),
            "summary": edition.summary.get(context.language),
            "href": context.link(edition_page(context, context.corpus.documents[0], edition.number)),
            "link": context.text("changes_read_edition", number=edition.number),
            "changes": changes,
        })
    return (context.text("changes"), context.text("changes_intro"), "changes.html", {
        "intro": context.text("changes_intro"),
        "first_edition": context.text("changes_first_edition"),
        "feed_href": relative_feed_href(context),
        "feed_link": context.text("changes_feed"),
        "how_href": context.translation_page_link(),
        "how_link": context.text("translation_page_link"),
        "editions": editions,
    }, tuple(TocEntry(e["anchor"], e["heading"]) for e in editions))


def relative_feed_href(context: PageContext) -> str:
    return relative_url(context.url, feed_path(context.language))
