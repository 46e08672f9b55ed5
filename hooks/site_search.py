"""MkDocs glue for the site search (statement_core.search, overrides/search/): hand the header's search
dialog its labels and where the indexes are.

The indexes and the bundled search script are outputs of the publishing step (statement_core/publish/outputs.py).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from hooks.i18n_build import building_language
from statement_core.labels import labels_in
from statement_core.search.records import browse_links
from statement_core.site_plan import READING_LANGUAGES, language_root


def search_context(config: MkDocsConfig, base_url: str) -> dict:
    """What overrides/partials/statement-search-dialog.html needs: labels, languages, the two roots (the
    site's, where search/<language>.js is, and this language's, which result links are relative to) and
    the pages offered when a search finds nothing."""
    language = building_language(config)
    site_root = base_url.rstrip("/") + "/"
    root = site_root + language_root(language)
    return {
        "language": language,
        "languages": " ".join(READING_LANGUAGES),
        "labels": labels_in(language),
        "site_root": site_root,
        "language_root": root,
        "browse": [(title, root + href) for title, href in browse_links(language, config.use_directory_urls)],
    }


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    context["statement_search"] = search_context(config, context.get("base_url", "."))
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    context["statement_search"] = search_context(config, context.get("base_url", "."))
    return context
