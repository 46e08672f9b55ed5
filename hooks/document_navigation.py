"""MkDocs glue: with several documents, a document's pages show that document's navigation only.

Material prints the whole navigation on every page. The site nav (statement_core.site.nav) groups several
documents under one "Documents" section; even pruned, that section prints one link per document on every
page, so the build grows with documents × pages, and a reader inside one document gets a long list of the
others. As on legislation.gov.uk or EUR-Lex, a document's pages show its own chapters and a link to the
list of all documents on the home page; the home page and the shared pages keep the whole navigation.
The Page and Section objects are MkDocs' own, so active states, prev/next links and pruning work as usual.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from hooks import build_context

DOCUMENT_LIST_ANCHOR = "documents"  # id of the list of documents on the home page (overrides/fragments/home.html)


def _documents_group(nav: Navigation) -> Section | None:
    """The top-level section whose entries are all sections: one per document, when there are several."""
    for item in nav.items:
        if isinstance(item, Section) and len(item.children) > 1 and all(
                isinstance(child, Section) for child in item.children):
            return item
    return None


def _pages_under(section: Section) -> list[Page]:
    pages: list[Page] = []
    for child in section.children:
        if isinstance(child, Section):
            pages += _pages_under(child)
        elif isinstance(child, Page):
            pages.append(child)
    return pages


@event_priority(-150)  # after static-i18n's on_nav, which finds a non-default language's home page
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    navigation_of_page = build_context.context(config).navigation_of_page
    navigation_of_page.clear()  # once per language build: the pages are that language's
    group = _documents_group(nav)
    if group is None or nav.homepage is None:
        return nav
    position = nav.items.index(group)
    # "./" keeps the default language's home ("") a path: the theme leaves a bare "#…" on the current page.
    document_list = Link(group.title, f"{nav.homepage.url or './'}#{DOCUMENT_LIST_ANCHOR}")
    for document in group.children:
        items = [*nav.items[:position], document_list, document, *nav.items[position + 1:]]
        view = Navigation(items, nav.pages)
        view.homepage = nav.homepage  # Navigation only recognises the default language's home page
        for page in _pages_under(document):
            navigation_of_page[page.file.src_uri] = view
    return nav


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    context["nav"] = build_context.context(config).navigation_of_page.get(page.file.src_uri, nav)
    return context
