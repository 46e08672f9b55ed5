"""MkDocs glue for sharing (issue 23): every page's link-preview tags (overrides/partials/share-meta.html).
The image cards and the share pages are outputs of the publishing step (statement_core/publish/outputs.py).
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hooks import build_context
from hooks.i18n_build import building_language
from statement_core.site.open_graph import open_graph


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, for the pages rendered without a page (404): the home card; pages may set their own."""
    build = build_context.context(config).build
    env.globals["share_meta"] = open_graph(build.corpus, building_language(config), build.inputs.site_url)
    return env


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """A chapter page previews with its chapter's card."""
    if page.meta.get("generated"):
        build = build_context.context(config).build
        planned = build.plan.by_src_path(page.file.src_uri)
        context["share_meta"] = open_graph(build.corpus, building_language(config), build.inputs.site_url, planned)
    return context
