"""Search records for hand-written pages (docs/about.md): one per section, read from the rendered HTML.

Generated pages get their records from the model (records.py); only pages written in Markdown are read
back here, so their headings and paragraphs are findable as the reader sees them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from statement_core.search.records import SearchRecord

_HEADINGS = {"h1", "h2", "h3"}
_SKIPPED = {"script", "style", "nav", "button"}
# Elements that end a run of words: text on either side is separated by a space (inline ones join up).
_BLOCKS = {"p", "li", "ul", "ol", "dl", "dt", "dd", "div", "br", "table", "tr", "td", "th", "blockquote", "section"}


@dataclass
class _Section:
    anchor: str
    heading: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _SectionReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections = [_Section("")]
        self.in_heading = False
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.handle_data(" ")
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _HEADINGS:
            anchor = dict(attrs).get("id") or ""
            if tag != "h1" or len(self.sections) > 1 or self.sections[0].text:
                self.sections.append(_Section(anchor))
            self.in_heading = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.handle_data(" ")
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _HEADINGS:
            self.in_heading = False

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        target = self.sections[-1].heading if self.in_heading else self.sections[-1].text
        target.append(data)


def _clean(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


def page_section_records(html: str, page_title: str, page_href: str) -> list[SearchRecord]:
    """One record per section of the page (its introduction under the page title, then each heading)."""
    reader = _SectionReader()
    reader.feed(html)
    records = []
    for section in reader.sections:
        heading, text = _clean(section.heading), _clean(section.text)
        if not heading and not text:
            continue
        is_intro = not section.anchor and (not heading or heading == page_title)
        href = page_href if is_intro else f"{page_href}#{section.anchor}"
        records.append(SearchRecord(id=f"page:{href}", kind="page", title=page_title if is_intro else heading,
                                    text=text, href=href, context="" if is_intro else page_title))
    return records
