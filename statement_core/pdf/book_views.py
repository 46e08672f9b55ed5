"""Plain data for the title page and the chapters of a PDF edition; templates only loop over it."""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.formatting import clause_label
from statement_core.labels import choice, label
from statement_core.model import Chapter, Clause, Document
from statement_core.pdf.editions import Edition
from statement_core.pdf.words import Text, Texts, Words, plain
from statement_core.site_plan import SitePlan, public_url


@dataclass(frozen=True)
class WebLinks:
    """Absolute addresses on the website, so a printed clause number leads to the same clause online."""

    plan: SitePlan
    site_url: str

    def clause(self, document: Document, clause: Clause, language: str) -> str:
        return self.plan.clause_url(self.site_url, document.id, clause, language)

    def home(self, language: str) -> str:
        return public_url(self.site_url, self.plan.find("home").url(language))


@dataclass(frozen=True)
class ColumnHead:
    language: str
    name: str  # "Tiếng Việt", "English"
    status: str  # "văn bản xác thực", "unofficial translation"


@dataclass(frozen=True)
class ClauseCell:
    language: str
    label: str  # "Khoản 6" / "Clause 6": the link to the web permalink in this language
    href: str
    topic: str
    text: str
    notes: tuple[str, ...]
    note_label: str


@dataclass(frozen=True)
class ClauseRow:
    number: int
    anchor: str  # target of "cited in" links from the appendices
    cells: tuple[ClauseCell, ...]


@dataclass(frozen=True)
class ChapterView:
    anchor: str
    number: Texts  # "Chương 2" / "Chapter 2"
    title: Texts
    outline: str  # bookmark and running head: markup-free
    heads: tuple[ColumnHead, ...]
    rows: tuple[ClauseRow, ...]


@dataclass(frozen=True)
class StatusLine:
    """One language of the document and what kind of text it is, said in each reading language."""

    language: str
    said: Texts


@dataclass(frozen=True)
class Fact:
    name: Texts
    value: Texts


@dataclass(frozen=True)
class TitlePageView:
    edition: Texts
    titles: Texts
    place_date: Texts
    facts: tuple[Fact, ...]
    statuses_heading: Texts
    statuses: tuple[StatusLine, ...]
    notices: Texts
    unofficial: Texts  # the English edition's warning; empty for the others
    web_label: Texts
    web_url: str


def is_unofficial(edition: Edition, document: Document) -> bool:
    """A single-language edition of a text that is not authentic: it must say so on every page."""
    return not edition.bilingual and document.languages[edition.language].status == "unofficial-translation"


def _notes(clause: Clause, language: str) -> tuple[str, ...]:
    # A note written only in English still belongs in the Vietnamese edition, as the site shows it.
    if language == "vi":
        return tuple(note.vi or note.en for note in clause.notes)
    return tuple(note.en for note in clause.notes)


def clause_row(edition: Edition, document: Document, clause: Clause, links: WebLinks) -> ClauseRow:
    cells = tuple(ClauseCell(
        language=language, label=clause_label(language, clause.number),
        href=links.clause(document, clause, language), topic=clause.topic.get(language),
        text=clause.text(language) or "", notes=_notes(clause, language), note_label=label(language, "note"),
    ) for language in edition.languages)
    return ClauseRow(number=clause.number, anchor=clause.anchor, cells=cells)


def chapter_anchor(chapter: Chapter) -> str:
    return f"chapter-{chapter.id}"


def chapter_view(edition: Edition, document: Document, chapter: Chapter, links: WebLinks) -> ChapterView:
    words = Words(edition)
    title = words.localized(chapter.title)
    heads = tuple(ColumnHead(language, choice(language, "column", language),
                             choice(language, "status", document.languages[language].status))
                  for language in edition.languages)
    return ChapterView(
        anchor=chapter_anchor(chapter),
        number=tuple(Text(text.language, f"{text.text} {chapter.order}") for text in words.label("chapter")),
        title=title, outline=f"{chapter.order}. {plain(title)}", heads=heads,
        rows=tuple(clause_row(edition, document, clause, links) for clause in document.chapter_clauses(chapter)),
    )


def _translation_edition(edition: Edition, document: Document, words: Words) -> tuple[Fact, ...]:
    """Which edition of the translation a PDF with a translated column holds (none for the authentic text only)."""
    current = document.current_edition
    translated = any(document.languages[code].status == "unofficial-translation" for code in edition.languages)
    if current is None or not translated:
        return ()
    return (Fact(words.label("pdf_translation_edition"),
                 words.each({language: label(language, "pdf_translation_edition_value", number=current.number,
                                             date=current.date.format(language)) for language in edition.languages})),)


def title_page(edition: Edition, document: Document, links: WebLinks) -> TitlePageView:
    words = Words(edition)
    place_date = words.each({language: label(language, "place_date", place=document.place.get(language),
                                             date=document.date.format(language))
                             for language in edition.languages})
    authentic = words.each({language: ", ".join(choice(language, "lang", code) for code in document.authentic_languages)
                            for language in edition.languages})
    signatories = words.each({language: "; ".join(f"{s.name.get(language)}, {s.office.get(language)}"
                                                  for s in document.signatories)
                              for language in edition.languages})
    statuses = tuple(StatusLine(code, words.each({
        language: f"{choice(language, 'column', code)}: {choice(language, 'status', provenance.status)}"
        for language in edition.languages})) for code, provenance in document.languages.items())
    # "The English column is …" only makes sense where there are columns.
    keys = ("translation_notice", "russian_unavailable") if edition.bilingual else ("russian_unavailable",)
    notices = tuple(Text(language, label(language, key)) for language in edition.languages for key in keys)
    unofficial = words.label("pdf_unofficial") if is_unofficial(edition, document) else ()
    return TitlePageView(
        edition=words.choice("pdf_edition", edition.code), titles=words.localized(document.title),
        place_date=place_date,
        facts=(Fact(words.label("authentic_languages"), authentic), Fact(words.label("signatories"), signatories),
               *_translation_edition(edition, document, words)),
        statuses_heading=words.label("pdf_texts_status"), statuses=statuses, notices=notices,
        unofficial=unofficial, web_label=words.label("pdf_web_edition"), web_url=links.home(edition.language),
    )
