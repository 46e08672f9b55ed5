"""Render one planned page in one language: title, description, HTML body and table of contents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from statement_core.formatting import agreement_date, clause_label
from statement_core.labels import choice, choices_in, labels_in
from statement_core.model import Agreement, Document
from statement_core.reading_order import glossary_order, timeline_by_year
from statement_core.site import page_views as views
from statement_core.site.edition_pages import changes_page_values, edition_page_values
from statement_core.site.listening import listen_values
from statement_core.site.shortcuts import shortcuts
from statement_core.site.offline import downloads_panel
from statement_core.site.page_context import PageContext
from statement_core.site.page_views import TocEntry
from statement_core.runtime.templates import template_environment

FRAGMENTS_DIR = Path(__file__).resolve().parents[2] / "overrides" / "fragments"


@dataclass(frozen=True)
class RenderedPage:
    title: str
    description: str
    html: str
    toc: tuple[TocEntry, ...]


def fragment_environment(template_dir: Path = FRAGMENTS_DIR) -> jinja2.Environment:
    return template_environment(template_dir, keep_trailing_newline=True)


def _document(context: PageContext):
    return context.corpus.document(context.page.document_id or context.corpus.documents[0].id)


def _chapter(context: PageContext) -> tuple[str, str, str, dict[str, Any], tuple[TocEntry, ...]]:
    document = _document(context)
    chapter = document.chapter(context.page.chapter_id or "")
    clauses = document.chapter_clauses(chapter)
    title = chapter.title.get(context.language)
    position = document.chapters.index(chapter)
    return (title, chapter.summary.get(context.language), "chapter.html", {
        "chapter_number": chapter.order,
        "previous_chapter_href": _chapter_link(context, document, position - 1),
        "next_chapter_href": _chapter_link(context, document, position + 1),
        "shortcuts": shortcuts(context.language, with_chapters=True),
        "listen": listen_values(context),
        "summary": chapter.summary.get(context.language),
        "clauses": [views.clause_view(context, document, clause) for clause in clauses],
        "suggest": views.suggestion_view(context, document),
        "pdfs": views.download_views(context, only_pdfs=True),
        "downloads_href": context.link(context.plan.find("downloads")),
    }, views.clause_toc(context, clauses))


def _chapter_link(context: PageContext, document: Document, index: int) -> str:
    """The chapter at `index` in reading order, or "" before the first and after the last."""
    if not 0 <= index < len(document.chapters):
        return ""
    return context.link(context.plan.find("chapter", document.id, document.chapters[index].id))


def _full_text(context: PageContext):
    document = _document(context)
    toc = [TocEntry(f"chapter-{chapter.id}", chapter.title.get(context.language)) for chapter in document.chapters]
    # One list in source order, as printed; chapter headings go before a chapter's first clause in it.
    by_number = sorted(((c.number, chapter) for chapter in document.chapters for c in document.chapter_clauses(chapter)),
                       key=lambda pair: pair[0])
    ordered = []
    seen: set[str] = set()
    for number, chapter in by_number:
        heading = None
        if chapter.id not in seen:
            seen.add(chapter.id)
            heading = {"anchor": f"chapter-{chapter.id}", "title": chapter.title.get(context.language)}
        ordered.append({"heading": heading, "clause": views.clause_view(context, document, document.clause(number),
                                                                        with_chapter=True)})
    title = context.text("full_text")
    return (title, document.title.get(context.language), "full_text.html", {
        "intro": context.text("full_text_intro", count=len(document.clauses)),
        "shortcuts": shortcuts(context.language, with_chapters=False),
        "listen": listen_values(context),
        "document_title": document.title.get(context.language),
        "items": ordered,
        "suggest": views.suggestion_view(context, document),
    }, tuple(toc))


def _home(context: PageContext):
    documents = []
    for document in context.corpus.documents:
        full_text = context.plan.find("full-text", document.id)
        documents.append({
            "id": document.id,
            "title": document.title.get(context.language),
            "place_date": context.text("place_date", place=document.place.get(context.language),
                                       date=document.date.format(context.language)),
            "authentic": ", ".join(choice(context.language, "lang", code) for code in document.authentic_languages),
            "signatories": [f"{s.name.get(context.language)}, {s.office.get(context.language)}"
                            for s in document.signatories],
            "chapters": [views.chapter_toc_entry(context, chapter, document) for chapter in document.chapters],
            "full_text_href": context.link(full_text),
            "clause_count": len(document.clauses),
            # Each document's card repeats these headings; their ids must stay unique on the page.
            "anchor_prefix": f"{document.id}-" if len(context.corpus.documents) > 1 else "",
        })
    first = context.corpus.documents[0]
    return (first.short_title.get(context.language), first.title.get(context.language), "home.html", {
        "documents": documents,
        "timeline_href": context.link(context.plan.find("timeline")),
        "glossary_href": context.link(context.plan.find("glossary")),
        "pdfs": [f for f in views.download_views(context) if f.is_pdf or f.name.endswith(".zip")],
        "downloads_href": context.link(context.plan.find("downloads")),
    }, ())


def _timeline_entry(context: PageContext, agreement: Agreement) -> dict[str, object]:
    refs = []
    for ref in agreement.cited_in:
        document = context.corpus.document(ref.document_id)
        clause = document.clause(ref.number)
        label = clause_label(context.language, ref.number)
        if len(context.corpus.documents) > 1:  # a bare number would not say which document
            label = f"{document.short_title.get(context.language)}, {label.lower()}"
        elif context.language == "vi":  # in a list after a colon Vietnamese writes "khoản 4, khoản 34", not "Khoản"
            label = label.lower()
        refs.append({"href": context.link(context.plan.clause_page(ref.document_id, clause), clause.anchor),
                     "number": ref.number, "label": label})
    return {
        "anchor": agreement.anchor,
        "date": agreement_date(agreement, context.language),
        "iso": agreement.date.iso() if agreement.date else "",
        "title": agreement.title.get(context.language),
        "kind": choice(context.language, "kind", agreement.kind),
        "status": choice(context.language, "status", agreement.status),
        "status_class": agreement.status,
        "note": agreement.note.get(context.language) if agreement.note else "",
        "refs": refs,
    }


def _timeline(context: PageContext):
    groups = [{"title": str(year) if year is not None else context.text("pending"),
               "anchor": f"year-{year}" if year is not None else "pending",
               "entries": [_timeline_entry(context, agreement) for agreement in agreements]}
              for year, agreements in timeline_by_year(context.corpus)]
    toc = tuple(TocEntry(g["anchor"], g["title"]) for g in groups)
    return (context.text("timeline"), context.text("timeline_intro"), "timeline.html", {
        "intro": context.text("timeline_intro"), "groups": groups,
    }, toc)


def _glossary(context: PageContext):
    timeline = context.plan.find("timeline")
    terms = []
    for term in glossary_order(context.corpus.glossary, context.language):
        agreement = context.corpus.agreement(term.agreement_id) if term.agreement_id else None
        terms.append({
            "anchor": term.anchor, "term": term.term.get(context.language), "kind": term.kind,
            "expansion": term.expansion.get(context.language), "definition": term.definition.get(context.language),
            "other_language": term.term.get(context.other_language()),
            "other_expansion": term.expansion.get(context.other_language()),
            "other_language_code": context.other_language(),
            "agreement_href": context.link(timeline, agreement.anchor) if agreement else "",
            "agreement_title": agreement.title.get(context.language) if agreement else "",
        })
    return (context.text("glossary"), context.text("glossary_intro"), "glossary.html", {
        "intro": context.text("glossary_intro"), "terms": terms,
    }, tuple(TocEntry(t["anchor"], t["term"]) for t in terms))


def _coverage(context: PageContext):
    document = _document(context)
    press = document.press
    assert press is not None
    chapter_of = {c.number: context.plan.find("chapter", document.id, c.chapter_id) for c in document.clauses}

    def clause_link(number: int) -> dict[str, object]:
        clause = document.clause(number)
        return {"href": context.link(chapter_of[number], clause.anchor), "number": number,
                "label": clause_label(context.language, number), "topic": clause.topic.get(context.language)}

    paragraphs = [{"number": p.number, "anchor": f"press-{p.number}", "text": p.text,
                   "clauses": [clause_link(n) for n in p.clause_numbers],
                   "merged": len(p.clause_numbers) > 1} for p in press.paragraphs]
    split = [clause_link(c.number) | {"paragraphs": ", ".join(map(str, c.press_paragraphs))}
             for c in document.clauses if len(c.press_paragraphs) > 1]
    unreported = [clause_link(c.number) for c in document.unreported_clauses()]
    reported = len(document.clauses) - len(unreported)
    attribution = context.text("press_attribution", title=press.source.title, publisher=press.source.publisher,
                               date=press.source.date.format(context.language))
    return (context.text("coverage"), context.text("coverage_intro"), "coverage.html", {
        "intro": context.text("coverage_intro"), "attribution": attribution, "caption": press.caption,
        "summary": context.text("coverage_summary", reported=reported, total=len(document.clauses),
                                paragraphs=len(press.paragraphs)),
        "paragraphs": paragraphs, "split": split, "unreported": unreported,
    }, (TocEntry("unreported", context.text("coverage_unreported")),
        TocEntry("merged-and-split", context.text("coverage_merged")),
        TocEntry("paragraphs", context.text("coverage_paragraphs"))))


def _downloads(context: PageContext):
    files = views.download_views(context)
    offline = downloads_panel(context)
    toc = (TocEntry("print-editions", context.text("print_editions")), TocEntry("open-data", context.text("open_data")))
    return (context.text("downloads"), context.text("downloads_intro"), "downloads.html", {
        "intro": context.text("downloads_intro"),
        "pdfs": [f for f in files if f.is_pdf or f.name.endswith(".zip")],
        "data": [f for f in files if not (f.is_pdf or f.name.endswith(".zip"))],
        "offline": offline,
    }, ((TocEntry(offline["anchor"], offline["heading"]),) if offline else ()) + toc)


PAGE_BUILDERS: dict[str, Callable[[PageContext], tuple]] = {
    "home": _home,
    "chapter": _chapter,
    "full-text": _full_text,
    "timeline": _timeline,
    "glossary": _glossary,
    "coverage": _coverage,
    "downloads": _downloads,
    "edition": edition_page_values,
    "changes": changes_page_values,
}


def render_page(context: PageContext, environment: jinja2.Environment | None = None) -> RenderedPage:
    environment = environment or fragment_environment()
    title, description, template, values, toc = PAGE_BUILDERS[context.page.kind](context)
    page_template = environment.get_template(template)
    values.update(language=context.language, labels=labels_in(context.language),
                  choices=choices_in(context.language))
    html = page_template.render(**values)
    return RenderedPage(title=title, description=" ".join(description.split()), html=html, toc=toc)
