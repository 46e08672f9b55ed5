"""Plain data for each page template: every label, URL, date and escaped text computed here.

Templates only loop and branch over what these functions return.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from statement_core.site.annotate import annotate_segments
from statement_core.corrections import ISSUE_FORM, SUGGESTION_FIELDS, SUGGESTION_URL_LIMIT
from statement_core.exports import Download
from statement_core.formatting import (agreement_date, clause_label, clause_locator, human_size, segment_locator,
                                      short_citation)
from statement_core.site.history import HistoryView, clause_history
from statement_core.labels import choice
from statement_core.model import Chapter, Clause, Document, GlossaryTerm, Language
from statement_core.site.share_pages import SHARE_TEXT_CHARACTERS, ClauseShare, clause_share, opening_words
from statement_core.site.page_context import PageContext


@dataclass(frozen=True)
class SegmentView:
    id: str  # "13.2": the same in both columns, so either half finds the other
    anchor: str  # "clause-13.2" on the half in the page's language on chapter pages, else ""
    html: Markup
    # What the scripts say and link for it, read from the page (never worked out again in JavaScript):
    locator: str = ""  # "13(2)", as citations print it ("13" for a clause of one segment)
    address: str = ""  # "clause-13.2", its fragment wherever the clause is shown
    share_text: str = ""  # in the page's language: what the share sheet says for it (share_pages.opening_words)


@dataclass(frozen=True)
class ColumnView:
    language: str
    heading: str
    status: str
    status_class: str
    segments: tuple[SegmentView, ...]


@dataclass(frozen=True)
class ChipView:
    agreement_id: str
    href: str
    card_id: str
    date: str
    title: str
    kind: str
    status: str
    also_cited: str


@dataclass(frozen=True)
class PressView:
    number: int
    label: str
    text: str


@dataclass(frozen=True)
class ClauseView:
    number: int
    anchor: str
    label: str
    topic: str
    citation: str
    permalink: str
    columns: tuple[ColumnView, ...]  # the reader's language first
    chips: tuple[ChipView, ...]
    press: tuple[PressView, ...]
    press_summary: str
    notes: tuple[str, ...]
    actions_label: str  # the name of the compact control that holds the clause's actions on phones
    more_label: str  # the name of the ⋯ menu of its less frequent actions on wide screens
    chapter_title: str = ""
    chapter_href: str = ""
    history: HistoryView | None = None  # earlier wordings of the translation, when it was revised
    share: ClauseShare | None = None  # what the Share action hands the share sheet (issue 23)


@dataclass(frozen=True)
class SuggestionView:
    """What the "Suggest a correction" dialog hands its script (issue 31): where the suggestion goes and
    which edition the reader is correcting; the segment's texts are read from the page itself."""

    new_issue_url: str  # https://github.com/<owner>/<name>/issues/new
    template: str  # the issue form's file name, the URL's `template`
    fields: str  # the form's field ids, space-separated, in order: each is the URL parameter that fills it
    url_limit: int
    email: str
    edition: int  # the current edition of the translation, the one the reader reads
    how_href: str  # the page on how we translate and correct


def suggestion_view(context: PageContext, document: Document) -> SuggestionView | None:
    """None when the build names nowhere to send corrections: the pages then offer none."""
    if context.corrections is None:
        return None
    return SuggestionView(new_issue_url=context.corrections.new_issue_url, template=ISSUE_FORM,
                          fields=" ".join(SUGGESTION_FIELDS), url_limit=SUGGESTION_URL_LIMIT,
                          email=context.corrections.email,
                          edition=document.editions[-1].number if document.editions else 1,
                          how_href=context.translation_page_link())


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str
    level: int = 2
    children: tuple[TocEntry, ...] = field(default_factory=tuple)


def clause_citation(context: PageContext, document: Document, permalink: str, clause: Clause) -> str:
    """What "Copy citation" copies: the short citation (the Cite dialog's) and the clause's permalink."""
    return f"{short_citation(document, context.language, clause_locator(clause))} — {permalink}"


def _chips(context: PageContext, document: Document, clause: Clause) -> tuple[ChipView, ...]:
    timeline = context.plan.find("timeline")
    chips = []
    for agreement_id in clause.agreement_ids:
        agreement = context.corpus.agreement(agreement_id)
        # Clause numbers only mean something within one document: list this document's other clauses.
        others = [str(number) for number in agreement.clauses_cited_in(document.id) if number != clause.number]
        chips.append(ChipView(
            agreement_id=agreement.id, href=context.link(timeline, agreement.anchor),
            card_id=f"card-{clause.number}-{agreement.id}",
            date=agreement_date(agreement, context.language) or context.text("pending"),
            title=agreement.title.get(context.language),
            kind=choice(context.language, "kind", agreement.kind),
            status=choice(context.language, "status", agreement.status),
            also_cited=(f"{context.text('also_cited_in')}: {context.text('clauses')} {', '.join(others)}"
                        if others else ""),
        ))
    return tuple(chips)


def _segments(clause: Clause, language: Language, terms: tuple[GlossaryTerm, ...], addressed: bool,
              shared: bool) -> tuple[SegmentView, ...]:
    """A column's segments, marked up with the glossary each on its own. `addressed`: the half whose segments
    carry the ids `clause-N.M` (the page's language, on the clause's chapter page: one address per segment)."""
    marked = annotate_segments(clause.segments(language), terms, language)
    return tuple(SegmentView(id=clause.segment_id(position), anchor=clause.segment_anchor(position) if addressed else "",
                             html=html, locator=segment_locator(clause, position) if clause.segment_count > 1
                             else clause_locator(clause),
                             address=clause.segment_anchor(position),
                             share_text=opening_words(text, SHARE_TEXT_CHARACTERS) if shared else "")
                 for position, (text, html) in enumerate(zip(clause.segments(language), marked), start=1))


def clause_view(context: PageContext, document: Document, clause: Clause, with_chapter: bool = False) -> ClauseView:
    terms = context.corpus.glossary
    chapter_page = context.plan.clause_page(document.id, clause)
    order = (context.language, context.other_language())
    columns = tuple(
        ColumnView(
            language=code,
            heading=choice(context.language, "column", code),
            status=choice(context.language, "status", clause.texts[code].provenance.status),
            status_class=clause.texts[code].provenance.status,
            segments=_segments(clause, code, terms, addressed=code == context.language and not with_chapter,
                               shared=code == context.language),
        )
        for code in order
    )
    press = ()
    if document.press:
        press = tuple(PressView(number=p.number, label=context.text("press_paragraph", number=p.number), text=p.text)
                      for p in document.press.paragraphs if p.number in clause.press_paragraphs)
    chapter = document.chapter(clause.chapter_id)
    label = clause_label(context.language, clause.number)
    permalink = context.plan.clause_url(context.site_url, document.id, clause, context.language)
    return ClauseView(
        number=clause.number, anchor=clause.anchor,
        label=label, topic=clause.topic.get(context.language),
        citation=clause_citation(context, document, permalink, clause),
        permalink=permalink,
        columns=columns, chips=_chips(context, document, clause),
        press=press,
        press_summary=context.text("press_covered", count=len(press)) if press else context.text("press_none"),
        notes=tuple(note.en if context.language == "en" or not note.vi else note.vi for note in clause.notes),
        actions_label=context.text("clause_actions", clause=label.lower()),
        more_label=context.text("more_actions", clause=label.lower()),
        chapter_title=chapter.title.get(context.language) if with_chapter else "",
        chapter_href=context.link(chapter_page) if with_chapter else "",
        history=clause_history(context, document, clause),
        share=clause_share(document, clause, context.language, context.site_url),
    )


def clause_toc(context: PageContext, clauses: tuple[Clause, ...]) -> tuple[TocEntry, ...]:
    return tuple(TocEntry(clause.anchor, f"{clause.number}. {clause.topic.get(context.language)}") for clause in clauses)


def chapter_toc_entry(context: PageContext, chapter: Chapter, document: Document) -> dict[str, object]:
    page = context.plan.find("chapter", document.id, chapter.id)
    return {
        "href": context.link(page),
        "title": chapter.title.get(context.language),
        "summary": chapter.summary.get(context.language),
        "count": context.text("chapter_count", count=len(chapter.clause_numbers)),
        "numbers": ", ".join(str(n) for n in chapter.clause_numbers),
    }


@dataclass(frozen=True)
class DownloadView:
    name: str
    href: str
    description: str
    size: str
    sha256: str
    media_type: str
    hreflang: str | None
    is_pdf: bool


PDF_ORDER = {"vi-en": 0, "vi": 1, "en": 2}  # the bilingual edition, then the authentic text, then ours
_pdfs_of: dict[int, tuple[tuple[Download, ...], tuple[Download, ...]]] = {}


def _pdfs(downloads: tuple[Download, ...]) -> tuple[Download, ...]:
    """The PDFs among a build's downloads, found once per build rather than once per chapter page (a
    collection of a hundred documents has thousands of downloads and of pages)."""
    kept = _pdfs_of.get(id(downloads))
    if kept is None or kept[0] is not downloads:
        _pdfs_of.clear()
        kept = _pdfs_of[id(downloads)] = (downloads, tuple(item for item in downloads if item.name.endswith(".pdf")))
    return kept[1]


def download_views(context: PageContext, only_pdfs: bool = False) -> tuple[DownloadView, ...]:
    ranked = []
    for item in _pdfs(context.downloads) if only_pdfs else context.downloads:
        is_pdf = item.name.endswith(".pdf")
        description = item.description.get(context.language)
        if is_pdf:
            description = choice(context.language, "download_pdf", "-".join(item.languages) or "vi-en")
        elif item.name.endswith(".zip"):
            description = context.text("offline_bundle")
        view = DownloadView(name=item.name, href=context.file_link(item.name), description=description,
                            size=human_size(item.size_bytes, context.language), sha256=item.sha256,
                            media_type=item.media_type.split(";")[0], hreflang=item.hreflang, is_pdf=is_pdf)
        # PDFs first, in the order readers want them; then the rest as listed.
        ranked.append(((not is_pdf, PDF_ORDER.get("-".join(item.languages), 3) if is_pdf else 0), view))
    return tuple(view for _, view in sorted(ranked, key=lambda pair: pair[0]))
