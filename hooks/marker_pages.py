"""MkDocs glue: marker pages (committed stubs under docs/ whose front matter names a generated page) get
their title, description, HTML and table of contents from the core (statement_core/site/page_render.py);
hand-written pages give the search their sections as the reader sees them. All logic lives in
statement_core; this file only translates between MkDocs events and the core.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from hooks import build_context
from hooks.i18n_build import building_language
from statement_core.cache import StaleEntry
from statement_core.search.page_sections import page_section_records
from statement_core.site.page_views import TocEntry
from statement_core.site_plan import language_root


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not page.meta.get("generated"):
        return markdown
    context = build_context.context(config)
    build = context.build
    planned = build.plan.by_src_path(page.file.src_uri)
    if planned is None:
        raise PluginError(f"{page.file.src_uri}: marker names a page data/ does not have; run `make markers`")
    try:
        rendered = build.page(planned, building_language(config))
    except StaleEntry as error:
        raise PluginError(f"Verifying the store: {error}") from None
    # MkDocs' theme environment does not autoescape: titles, descriptions and TOC names are output as
    # HTML, so data-derived text is escaped here, at the boundary.
    page.meta["title"] = str(escape(rendered.title))
    page.meta["description"] = str(escape(rendered.description))
    context.rendered[page.file.src_uri] = rendered
    page.render = _renders_nothing(page)  # type: ignore[method-assign]
    return ""


def _renders_nothing(page: Page) -> Callable[[MkDocsConfig, Files], None]:
    """A marker page's Markdown is empty and its HTML comes in on_page_content: MkDocs' own Page.render would
    build a Markdown parser with every extension to convert nothing (a second of a hundred-document build).
    This leaves what Page.render leaves for empty Markdown: no content, headings, anchors or links."""
    def render(config: MkDocsConfig, files: Files) -> None:
        page.content, page.toc, page.present_anchor_ids, page.links_to_anchors = "", get_toc([]), set(), {}
    return render


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    context = build_context.context(config)
    rendered = context.rendered.pop(page.file.src_uri, None)
    language = building_language(config)
    if rendered is None:  # a hand-written page (about): search finds its sections as the reader sees them
        href = page.url.removeprefix(language_root(language))
        records = page_section_records(html, page.title or "", href)
        context.build.page_records[(language, page.file.src_uri)] = records
        return html
    page.toc = get_toc([_toc_token(entry) for entry in rendered.toc])
    return rendered.html


def _toc_token(entry: TocEntry) -> dict:
    name = str(escape(entry.title))
    return {"level": entry.level, "id": entry.anchor, "name": name, "html": name,
            "children": [_toc_token(child) for child in entry.children]}
