"""MkDocs glue for the changes feeds: each page's <link rel="alternate"> to its language's Atom feed
(overrides/main.html). The feeds themselves are an output of the publishing step
(statement_core/publish/outputs.py, statement_core/site/changes_feed.py).
"""

from __future__ import annotations

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from hooks import build_context
from hooks.i18n_build import building_language
from statement_core.labels import label
from statement_core.site.changes_feed import feed_path


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, not a page variable: the 404 page, rendered without a page, links the feed too."""
    language = building_language(config)
    env.globals["changes_feed"] = {"href": feed_path(language), "title": str(escape(label(language, "changes_feed")))} \
        if build_context.context(config).build.corpus.editions else None
    return env
