"""MkDocs glue for the changes feeds (statement_core/site/changes_feed.py): each language's Atom feed, and
its <link rel="alternate"> in every page's head (overrides/main.html). static-i18n builds each language with
its own events, so each language writes its own feed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hooks.build_data import build_corpus  # noqa: E402
from hooks.i18n_build import building_language  # noqa: E402
from statement_core.build_info import build_info  # noqa: E402
from statement_core.labels import label  # noqa: E402
from statement_core.model import Corpus  # noqa: E402
from statement_core.site.changes_feed import changes_feed, feed_path  # noqa: E402
from statement_core.site.plan import SitePlan, plan_site  # noqa: E402
from statement_core.site.render import fragment_environment  # noqa: E402


class _Build:
    corpus: Corpus | None = None
    plan: SitePlan | None = None


@event_priority(-160)  # after hooks/statement_pages.py has validated data/ (and reported any error)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    corpus = build_corpus()
    if corpus is not _Build.corpus:
        _Build.corpus, _Build.plan = corpus, plan_site(corpus)
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, not a page variable: the 404 page, rendered without a page, links the feed too."""
    language = building_language(config)
    env.globals["changes_feed"] = {"href": feed_path(language), "title": str(escape(label(language, "changes_feed")))} \
        if _Build.corpus is not None and _Build.corpus.editions else None
    return env


def on_post_build(config: MkDocsConfig) -> None:
    if _Build.corpus is None or _Build.plan is None or not _Build.corpus.editions:
        return
    language = building_language(config)
    target = Path(config.site_dir) / feed_path(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(changes_feed(_Build.corpus, _Build.plan, language, config.site_url or "/", build_info(),
                                    fragment_environment()))
