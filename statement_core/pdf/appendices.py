"""Plain data for the appendices of a PDF edition: the timeline of agreements and the glossary."""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.labels import choice, label
from statement_core.model import Agreement, Corpus, Document
from statement_core.pdf.editions import Edition
from statement_core.pdf.words import PLAIN_SEPARATOR, Texts, Words
from statement_core.reading_order import glossary_order, timeline_by_year
from statement_core.formatting import agreement_date, clause_label


@dataclass(frozen=True)
class AppendixHeading:
    anchor: str
    letter: str
    number: Texts  # "Phụ lục A" / "Appendix A"
    title: Texts
    outline: str  # bookmark and running head

    @classmethod
    def make(cls, edition: Edition, letter: str, anchor: str, title_key: str) -> AppendixHeading:
        words = Words(edition)
        number = words.label("pdf_appendix", letter=letter)
        title = words.label(title_key)
        outline = PLAIN_SEPARATOR.join(f"{n.text}. {t.text}" for n, t in zip(number, title))
        return cls(anchor=anchor, letter=letter, number=number, title=title, outline=outline)


@dataclass(frozen=True)
class ClauseLink:
    href: str  # inside the PDF: the clause row
    label: str


@dataclass(frozen=True)
class TimelineCell:
    language: str
    title: str
    facts: str  # "bilateral agreement · signed"
    note: str
    cited_label: str
    cited: tuple[ClauseLink, ...]


@dataclass(frozen=True)
class TimelineEntry:
    anchor: str
    date: Texts
    cells: tuple[TimelineCell, ...]


@dataclass(frozen=True)
class TimelineGroup:
    title: Texts  # a year, or "not yet dated"
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class TimelineView:
    heading: AppendixHeading
    intro: Texts
    date_head: Texts
    columns: int  # the date, then one per reading language
    languages: tuple[str, ...]
    groups: tuple[TimelineGroup, ...]


@dataclass(frozen=True)
class GlossaryCell:
    language: str
    term: str
    kind: str
    expansion: str
    definition: str


@dataclass(frozen=True)
class GlossaryView:
    heading: AppendixHeading
    entries: tuple[tuple[GlossaryCell, ...], ...]


def _timeline_entry(edition: Edition, document: Document, agreement: Agreement) -> TimelineEntry:
    words = Words(edition)
    cited = [ref for ref in agreement.cited_in if ref.document_id == document.id]
    date = words.each({language: agreement_date(agreement, language) or label(language, "pending")
                       for language in edition.languages})
    cells = tuple(TimelineCell(
        language=language, title=agreement.title.get(language),
        facts=f"{choice(language, 'kind', agreement.kind)} · {choice(language, 'status', agreement.status)}",
        note=agreement.note.get(language) if agreement.note else "",
        cited_label=label(language, "cited_in") if cited else "",
        cited=tuple(ClauseLink(f"#{document.clause(ref.number).anchor}", clause_label(language, ref.number))
                    for ref in cited),
    ) for language in edition.languages)
    return TimelineEntry(anchor=agreement.anchor, date=date, cells=cells)


def timeline_view(edition: Edition, corpus: Corpus, document: Document, letter: str) -> TimelineView:
    words = Words(edition)
    groups = []
    for year, agreements in timeline_by_year(corpus):
        title = words.each({language: str(year) for language in edition.languages}) if year is not None \
            else words.label("pending")
        groups.append(TimelineGroup(title, tuple(_timeline_entry(edition, document, a) for a in agreements)))
    return TimelineView(
        heading=AppendixHeading.make(edition, letter, "appendix-timeline", "timeline"),
        intro=words.label("timeline_intro"), date_head=words.label("pdf_date"),
        columns=1 + len(edition.languages), languages=edition.languages, groups=tuple(groups),
    )


def glossary_view(edition: Edition, corpus: Corpus, letter: str) -> GlossaryView:
    terms = glossary_order(corpus.glossary, edition.language)  # in the edition's main language, as on the site
    entries = tuple(tuple(GlossaryCell(
        language=code, term=term.term.get(code), kind=choice(code, "kind", term.kind),
        expansion=term.expansion.get(code), definition=term.definition.get(code),
    ) for code in edition.languages) for term in terms)
    return GlossaryView(heading=AppendixHeading.make(edition, letter, "appendix-glossary", "glossary"),
                        entries=entries)

