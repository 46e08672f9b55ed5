"""MkDocs glue for reading without a network (issue 16): the page-side settings of the service worker and
the web app manifests. The manifests and the worker themselves are outputs of the publishing step
(statement_core/publish/outputs.py), the worker last, once every language and every other output is written.

Only on the web site: the offline bundle (use_directory_urls false, read from file://, where browsers run
no service worker) neither includes nor references any of it.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from hooks import build_context
from hooks.i18n_build import building_language
from statement_core.site.offline import PAGE_STYLES, page_settings
from statement_core.site_plan import DOWNLOADS_URL


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not build_context.site_build(config).inputs.web_site:
        file = files.get_file_from_path(PAGE_STYLES)
        if file is not None:
            files.remove(file)
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, not a page variable: the 404 page, rendered without a page, links the manifest too."""
    inputs = build_context.site_build(config).inputs
    env.globals["web_app"] = page_settings(building_language(config), DOWNLOADS_URL, inputs.previewing) \
        if inputs.web_site else None
    return env
