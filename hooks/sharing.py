"""MkDocs glue for sharing (issue 23): every page's link-preview tags, the image cards and the share pages.

The cards start rendering when the build starts (statement_core.site.card_render, in Node beside MkDocs)
and are copied in at the end, with the share pages of both languages. Only on the web site: the offline
bundle is read from file://, where no crawler comes; its Share buttons copy the public links.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hooks.i18n_build import building_language, nested_language_build  # noqa: E402
from statement_core.corpus_cache import corpus_of  # noqa: E402
from statement_core.model import Corpus  # noqa: E402
from statement_core.site.card_render import CardRendering  # noqa: E402
from statement_core.site.cards import site_cards  # noqa: E402
from statement_core.site.node_scripts import NodeScriptError  # noqa: E402
from statement_core.site.open_graph import open_graph  # noqa: E402
from statement_core.site.plan import READING_LANGUAGES, SitePlan, plan_site  # noqa: E402
from statement_core.site.render import fragment_environment  # noqa: E402
from statement_core.site.share_pages import write_share_pages  # noqa: E402


class _Build:
    corpus: Corpus | None = None
    plan: SitePlan | None = None
    cards: CardRendering | None = None  # started with the build, finished at its end


def _web_site(config: MkDocsConfig) -> bool:
    return bool(config.use_directory_urls)  # false only for the offline bundle


@event_priority(-170)  # after hooks/statement_pages.py has validated data/ and forked its page renderer
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    folder = Path(os.environ.get("STATEMENT_DATA_DIR", ROOT / "data"))  # as hooks/statement_pages.py
    corpus = corpus_of(folder, allow_markup=os.environ.get("STATEMENT_ALLOW_MARKUP") == "1")
    if corpus is not _Build.corpus:
        _Build.corpus, _Build.plan = corpus, plan_site(corpus)
    if _web_site(config) and not nested_language_build(config) and _Build.cards is None:
        try:
            _Build.cards = CardRendering(site_cards(corpus))
        except (NodeScriptError, FileNotFoundError) as error:
            raise PluginError(f"Image cards: {error}") from None
    return config


def on_build_error(error: Exception) -> None:
    if _Build.cards is not None:
        _Build.cards.cancel()
        _Build.cards = None


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, for the pages rendered without a page (404); each page may set its own (on_page_context)."""
    assert _Build.corpus is not None
    env.globals["share_meta"] = open_graph(_Build.corpus, building_language(config), config.site_url or "/")
    return env


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    if _Build.corpus is None or _Build.plan is None or not page.meta.get("generated"):
        return context
    planned = _Build.plan.by_src_path(re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri))
    context["share_meta"] = open_graph(_Build.corpus, building_language(config), config.site_url or "/", planned)
    return context


@event_priority(-250)  # after the search index split (-200), before the service worker lists the files (-300)
def on_post_build(config: MkDocsConfig) -> None:
    if nested_language_build(config) or not _web_site(config) or _Build.cards is None:
        return  # a nested per-language build: the site is complete only at the end of the outer one
    assert _Build.corpus is not None and _Build.plan is not None
    site = Path(config.site_dir)
    started, _Build.cards = _Build.cards, None
    try:
        started.finish(site)
    except NodeScriptError as error:
        raise PluginError(f"Image cards: {error}") from None
    environment = fragment_environment()
    for language in READING_LANGUAGES:
        write_share_pages(site, _Build.corpus, _Build.plan, language, config.site_url or "/", environment)
