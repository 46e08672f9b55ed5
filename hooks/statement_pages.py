"""MkDocs glue: the build's life (hooks/build_context.py: begun on the first on_config, its outputs written
after the last language), the nav, and marker pages filled with rendered HTML.

All logic lives in statement_core; this file only translates between MkDocs events and the core.
static-i18n builds the site once per language, so every event here runs once per language.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from hooks import build_context
from hooks.i18n_build import building_language, nested_language_build
from statement_core.cache import StaleEntry
from statement_core.search.page_sections import page_section_records
from statement_core.site.nav import site_nav
from statement_core.site.page_views import TocEntry
from statement_core.site_plan import language_root, language_versions

NOT_SITE_ASSETS = ("fragments/", "pdf/", "search/", "reader/", "assets/javascripts/lunr/", "assets/javascripts/workers/")


def on_startup(command: str, dirty: bool) -> None:
    build_context.starting(command)


def on_shutdown() -> None:
    build_context.end()


def on_build_error(error: Exception) -> None:
    build_context.end()


@event_priority(-150)  # after static-i18n's on_config has chosen the language being built
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build = build_context.context(config).build  # loads and checks the data on the build's first on_config
    config.nav = escaped_nav(site_nav(build.corpus, build.plan, building_language(config)))
    return config


@event_priority(-200)  # after static-i18n's on_post_build, which builds the other languages inside this one
def on_post_build(config: MkDocsConfig) -> None:
    if not nested_language_build(config):  # the site is complete only at the end of the outer build
        build_context.finish(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """overrides/ also holds the core's fragment and PDF templates and the scripts' sources (search/, reader/:
    bundled by statement_core/site/page_scripts.py): they are not site assets; nor is Material's lunr search, replaced by ours."""
    for file in list(files):
        if file.src_uri.startswith(NOT_SITE_ASSETS) and not file.is_documentation_page():
            files.remove(file)
    return files


def escaped_nav(nav: list) -> list:
    """Nav titles come from data and the theme prints them as HTML."""
    return [{str(escape(title)): escaped_nav(target) if isinstance(target, list) else target}
            for entry in nav for title, target in entry.items()]


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


@event_priority(-50)  # after static-i18n's on_page_context has set this page's alternates
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Language switcher links relative to the page.

    static-i18n leaves the home page's switcher on absolute "/<path>/en/" links, which break offline
    (file://) and under another host; site-relative paths go through Material's `url` filter instead.
    """
    paths = language_versions(page.url, "")
    alternates = [{**alternate, "link": paths[alternate["lang"]].lstrip("/") or "."}
                  for alternate in getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])]
    # static-i18n sets the attribute (which Jinja reads first) as well as the item: set both.
    config.extra.alternate = alternates
    config.extra["alternate"] = alternates
    return context


@event_priority(-1000)  # after every other post_page hook: the page is final and MkDocs writes it next
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """MkDocs keeps every page's HTML to the end of the build, though nothing reads it once the page is
    written: at 100× that is over 200 MB (a Vietnamese page's text is two bytes a character in memory)
    held while the later language's pages are made. The page's own output is what gets written."""
    page.content = None
    return output


def _toc_token(entry: TocEntry) -> dict:
    name = str(escape(entry.title))
    return {"level": entry.level, "id": entry.anchor, "name": name, "html": name,
            "children": [_toc_token(child) for child in entry.children]}

