"""Everything one PDF edition shows, in reading order: metadata, title page, contents, chapters,
appendices and colophon. The only place that decides what goes into a book."""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.runtime.build_info import BuildInfo
from statement_core.labels import choice, label
from statement_core.model import Corpus, Document, Provenance
from statement_core.pdf.appendices import AppendixHeading, GlossaryView, TimelineView, glossary_view, timeline_view
from statement_core.pdf.editions import SITE_AUTHOR, Edition
from statement_core.pdf.book_views import ChapterView, Fact, TitlePageView, WebLinks, chapter_view, is_unofficial, title_page
from statement_core.pdf.words import Text, Texts, Words, plain
from statement_core.site_plan import plan_site

# The registries the appendices are compiled from, named in the colophon.
REGISTRY_FILES = "data/agreements.yaml, data/glossary.yaml"


@dataclass(frozen=True)
class Metadata:
    """What WeasyPrint writes into the PDF's Info dictionary and catalog (from <html lang> and <meta>)."""

    language: str
    title: str
    author: str
    subject: str
    keywords: str
    generator: str
    created: str  # W3C date-time, from the commit: the same commit gives the same bytes


@dataclass(frozen=True)
class ContentsEntry:
    href: str
    number: str
    title: Texts


@dataclass(frozen=True)
class ColophonView:
    anchor: str
    heading: Texts
    running: str
    facts: tuple[Fact, ...]
    sources_heading: Texts
    sources: tuple[Texts, ...]  # rows of cells, one cell per reading language
    notes: tuple[Texts, ...]


@dataclass(frozen=True)
class EditionView:
    code: str
    language: str
    bilingual: bool
    metadata: Metadata
    running_foot: str  # bottom of every page but the title page
    title_page: TitlePageView
    contents_heading: Texts
    contents_running: str
    contents: tuple[ContentsEntry, ...]
    chapters: tuple[ChapterView, ...]
    timeline: TimelineView
    glossary: GlossaryView
    colophon: ColophonView


def _source(language: str, code: str, provenance: Provenance) -> str:
    """Where the text in language `code` comes from, said in `language`."""
    name = choice(language, "column", code)
    if provenance.status == "authentic" and provenance.source:
        return label(language, "pdf_source_authentic", name=name, file=provenance.source)
    if provenance.status == "unofficial-translation":
        return label(language, "pdf_source_translation", name=name,
                     date=provenance.date.format(language) if provenance.date else "",
                     translator=provenance.translator or SITE_AUTHOR)
    return f"{name}: {choice(language, 'status', provenance.status)}."


def _sources(edition: Edition, document: Document) -> tuple[Texts, ...]:
    """One row per source, one cell per reading language (side by side in the bilingual edition)."""
    rows = [tuple(Text(language, _source(language, code, provenance)) for language in edition.languages)
            for code, provenance in document.languages.items()]
    rows.append(Words(edition).label("pdf_source_registries", files=REGISTRY_FILES))
    return tuple(rows)


def _colophon(edition: Edition, document: Document, info: BuildInfo, site_url: str) -> ColophonView:
    words = Words(edition)

    def same(value: str) -> Texts:  # a value that reads the same in every language: shown once
        return (Text(edition.language, value),)

    facts = (
        Fact(words.label("pdf_compiled_by"), (Text("en", SITE_AUTHOR),)),
        Fact(words.label("pdf_web_edition"), same(site_url)),
        Fact(words.label("pdf_build_date"), same(info.day_iso)),
        Fact(words.label("pdf_version"), same(info.version)),
        Fact(words.label("pdf_source_commit"), same(info.commit)),
    )
    heading = words.label("pdf_colophon")
    return ColophonView(anchor="colophon", heading=heading, running=plain(heading), facts=facts,
                        sources_heading=words.label("pdf_data_sources"), sources=_sources(edition, document),
                        notes=(words.label("pdf_links_note"), words.label("pdf_rights")))


def _metadata(edition: Edition, document: Document, info: BuildInfo) -> Metadata:
    words = Words(edition)
    return Metadata(
        language=edition.language,
        title=f"{plain(words.localized(document.short_title))} ({plain(words.choice('pdf_edition', edition.code))})",
        author=SITE_AUTHOR, subject=plain(words.localized(document.title)),
        keywords=", ".join(text.text for text in words.label("pdf_keywords")),
        generator=f"statement_core {info.version}", created=info.date_iso,
    )


def _running_foot(edition: Edition, document: Document) -> str:
    citation = document.citation_title.get(edition.language)
    if is_unofficial(edition, document):
        return f"{citation} · {label(edition.language, 'pdf_unofficial')}"
    return citation


def build_edition(corpus: Corpus, document: Document, edition: Edition, info: BuildInfo, site_url: str) -> EditionView:
    links = WebLinks(plan_site(corpus), site_url)
    chapters = tuple(chapter_view(edition, document, chapter, links) for chapter in document.chapters)
    timeline = timeline_view(edition, corpus, document, "A")
    glossary = glossary_view(edition, corpus, "B")
    colophon = _colophon(edition, document, info, site_url)
    words = Words(edition)

    def appendix_entry(heading: AppendixHeading) -> ContentsEntry:
        return ContentsEntry(f"#{heading.anchor}", heading.letter, heading.title)

    contents = tuple(ContentsEntry(f"#{chapter.anchor}", str(index), chapter.title)
                     for index, chapter in enumerate(chapters, start=1))
    contents += (appendix_entry(timeline.heading), appendix_entry(glossary.heading),
                 ContentsEntry(f"#{colophon.anchor}", "", colophon.heading))
    return EditionView(
        code=edition.code, language=edition.language, bilingual=edition.bilingual,
        metadata=_metadata(edition, document, info), running_foot=_running_foot(edition, document),
        title_page=title_page(edition, document, links), contents_heading=words.label("contents"),
        contents_running=plain(words.label("contents")),
        contents=contents, chapters=chapters, timeline=timeline, glossary=glossary, colophon=colophon,
    )
