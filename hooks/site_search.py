"""MkDocs glue for the site search (statement_core.search, overrides/search/): hand the header's search
dialog its labels and where the indexes are, and bundle the search script (started with the build,
written into the site at its end).

The indexes themselves are written by hooks/statement_pages.py, which holds the loaded data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hooks.i18n_build import building_language, nested_language_build  # noqa: E402
from statement_core.labels import LABELS  # noqa: E402
from statement_core.search.bundle import BundleError, SearchBundle  # noqa: E402
from statement_core.search.records import browse_links  # noqa: E402
from statement_core.site.plan import READING_LANGUAGES, language_root  # noqa: E402


class _Build:
    bundle: SearchBundle | None = None  # esbuild, started with the build and collected at its end



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
        "labels": LABELS[language],
        "site_root": site_root,
        "language_root": root,
        "browse": [(title, root + href) for title, href in browse_links(language, config.use_directory_urls)],
    }


@event_priority(-150)  # with the other hooks' on_config, after static-i18n's
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _Build.bundle is None:  # once per build: static-i18n runs on_config again for each language
        try:
            _Build.bundle = SearchBundle()
        except BundleError as error:
            raise PluginError(str(error)) from None
    return config


def on_build_error(error: Exception) -> None:
    if _Build.bundle is not None:
        _Build.bundle.cancel()
        _Build.bundle = None


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    context["statement_search"] = search_context(config, context.get("base_url", "."))
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    context["statement_search"] = search_context(config, context.get("base_url", "."))
    return context


@event_priority(-200)  # once, after static-i18n has built every language
def on_post_build(config: MkDocsConfig) -> None:
    if nested_language_build(config):
        return
    bundle, _Build.bundle = _Build.bundle or SearchBundle(), None
    try:
        bundle.write_into(Path(config.site_dir))
    except BundleError as error:
        raise PluginError(str(error)) from None
