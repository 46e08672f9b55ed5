"""MkDocs glue: each language's navigation, derived from the data (statement_core/site/nav.py), with the
titles escaped at the boundary, since the theme prints them as HTML.
"""

from __future__ import annotations

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from hooks import build_context
from hooks.i18n_build import building_language
from statement_core.site.nav import site_nav


@event_priority(-150)  # after static-i18n's on_config has chosen the language being built
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build = build_context.context(config).build  # loads and checks the data on the build's first on_config
    config.nav = escaped_nav(site_nav(build.corpus, build.plan, building_language(config)))
    return config


def escaped_nav(nav: list) -> list:
    """Nav titles come from data and the theme prints them as HTML."""
    return [{str(escape(title)): escaped_nav(target) if isinstance(target, list) else target}
            for entry in nav for title, target in entry.items()]
