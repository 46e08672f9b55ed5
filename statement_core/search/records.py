"""What the site search finds: one record per clause, chapter, glossary term, agreement and page, per language.

Each record is plain text with the heading a result shows and a link relative to its language's root, so a
result found in the other language can point at the same place in the reader's own tree (every path is the
same in both trees but for the language prefix). The whole-text page is left out: its clauses are found on
their chapter pages, once each.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from statement_core.formatting import clause_label
from statement_core.labels import label
from statement_core.model import Corpus, Document
from statement_core.site_plan import PlannedPage, SitePlan

RecordKind = str  # "clause" | "chapter" | "term" | "agreement" | "page"


@dataclass(frozen=True)
class SearchRecord:
    id: str
    kind: RecordKind
    title: str  # the result's heading: a clause's topic, a term, a page's title
    text: str  # what is searched and shown as the snippet
    href: str  # relative to the language root: "vn-by-…/economy/#clause-13"
    label: str = ""  # what the heading starts with: "Khoản 13"
    context: str = ""  # where the record is: the chapter of a clause, the page of a section
    # A clause of several segments: each segment's length in `text` (joined by single spaces), so a result
    # can link the segment that matched, #clause-N.M.
    segments: tuple[int, ...] = ()

    def as_json(self) -> dict[str, object]:
        """Empty optional fields left out (they are most of the index); href kept: "" is the home page.
        Fields read one by one: dataclasses.asdict copies every value deeply (0.4 s at a hundred documents)."""
        values: dict[str, object] = {name: value for name in _FIELDS
                                     if (value := getattr(self, name)) or name == "href"}
        if self.segments:
            values["segments"] = list(self.segments)
        return values


_FIELDS = tuple(field.name for field in fields(SearchRecord))


def _href(page: PlannedPage, directory_urls: bool, anchor: str = "") -> str:
    # The default language's form of the URL is the path below any language's root.
    path = page.url("vi", directory_urls)
    return f"{path}#{anchor}" if anchor else path


def _document_records(document: Document, plan: SitePlan, language: str, directory_urls: bool,
                      several: bool) -> list[SearchRecord]:
    records = []
    for chapter in document.chapters:
        page = plan.find("chapter", document.id, chapter.id)
        chapter_title = f"{chapter.order}. {chapter.title.get(language)}"
        if several:  # a chapter title alone would not say which document
            chapter_title = f"{document.short_title.get(language)} · {chapter_title}"
        records.append(SearchRecord(id=f"chapter:{document.id}:{chapter.id}", kind="chapter",
                                    title=chapter.title.get(language), text=chapter.summary.get(language),
                                    href=_href(page, directory_urls),
                                    label=f"{label(language, 'chapter')} {chapter.order}",
                                    context=document.short_title.get(language) if several else ""))
        for clause in document.chapter_clauses(chapter):
            records.append(SearchRecord(
                id=f"clause:{document.id}:{clause.number}", kind="clause", title=clause.topic.get(language),
                text=clause.text(language) or "",  # type: ignore[arg-type]
                href=_href(page, directory_urls, clause.anchor),
                label=clause_label(language, clause.number), context=chapter_title,
                segments=tuple(len(segment) for segment in clause.segments(language)) if clause.segment_count > 1 else ()))
    return records


def _page_records(corpus: Corpus, plan: SitePlan, language: str, directory_urls: bool) -> list[SearchRecord]:
    first = corpus.documents[0]
    pages = [("home", first.short_title.get(language), first.title.get(language), plan.find("home"))]
    for document in corpus.documents:
        pages.append(("full-text", label(language, "full_text"), document.title.get(language),
                      plan.find("full-text", document.id)))
        if document.press:
            pages.append(("coverage", label(language, "coverage"), label(language, "coverage_intro"),
                          plan.find("coverage", document.id)))
    pages += [(kind, label(language, kind), label(language, intro), plan.find(kind))  # type: ignore[arg-type]
              for kind, intro in (("timeline", "timeline_intro"), ("glossary", "glossary_intro"))]
    if corpus.editions:  # the Changes page; the edition pages are the whole text again, never searched
        pages.append(("changes", label(language, "changes"), label(language, "changes_intro"), plan.find("changes")))
    downloads = ". ".join(label(language, key) for key in ("downloads_intro", "print_editions", "open_data"))
    pages.append(("downloads", label(language, "downloads"), downloads, plan.find("downloads")))
    return [SearchRecord(id=f"page:{_href(page, directory_urls)}", kind="page", title=title, text=text,
                         href=_href(page, directory_urls))
            for _, title, text, page in pages]


def _registry_records(corpus: Corpus, plan: SitePlan, language: str, directory_urls: bool) -> list[SearchRecord]:
    glossary, timeline = plan.find("glossary"), plan.find("timeline")
    records = [SearchRecord(id=f"term:{term.id}", kind="term", title=term.term.get(language),
                            text=f"{term.expansion.get(language)}. {term.definition.get(language)}",
                            href=_href(glossary, directory_urls, term.anchor), context=label(language, "glossary"))
               for term in corpus.glossary]
    for agreement in corpus.agreements:
        date = agreement.date.format(language) if agreement.date else label(language, "pending")
        note = agreement.note.get(language) if agreement.note else ""
        records.append(SearchRecord(id=f"agreement:{agreement.id}", kind="agreement",
                                    title=agreement.title.get(language), text=". ".join(filter(None, (date, note))),
                                    href=_href(timeline, directory_urls, agreement.anchor),
                                    context=label(language, "timeline")))
    return records


def browse_links(language: str, directory_urls: bool = True) -> list[tuple[str, str]]:
    """Where a search that finds nothing sends the reader, as (title, link relative to the language root):
    the chapter list (the home page) and the glossary."""
    pages = (("contents", PlannedPage("home", "index.md")), ("glossary", PlannedPage("glossary", "glossary.md")))
    return [(label(language, key), _href(page, directory_urls)) for key, page in pages]


def search_records(corpus: Corpus, plan: SitePlan, language: str, directory_urls: bool = True) -> list[SearchRecord]:
    """Every record of one language, clauses in document order first."""
    several = len(corpus.documents) > 1
    records: list[SearchRecord] = []
    for document in corpus.documents:
        records += _document_records(document, plan, language, directory_urls, several)
    return records + _registry_records(corpus, plan, language, directory_urls) + \
        _page_records(corpus, plan, language, directory_urls)
