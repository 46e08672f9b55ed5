"""MkDocs glue for reading without a network (issue 16): the page-side settings, the web app manifests, and
the service worker, written last, once every language and every other hook has written its files.

Only on the web site: the offline bundle (use_directory_urls false, read from file://, where browsers run
no service worker) neither includes nor references any of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hooks.i18n_build import building_language, nested_language_build  # noqa: E402
from statement_core.build_info import build_info  # noqa: E402
from statement_core.site.node_scripts import NodeScript, NodeScriptError  # noqa: E402
from statement_core.site.offline import PAGE_STYLES, page_settings, start_worker_build, write_service_worker  # noqa: E402
from statement_core.site.plan import DEFAULT_LANGUAGE  # noqa: E402
from statement_core.site.web_app import write_web_manifests  # noqa: E402

DOWNLOADS_URL = "downloads/"  # hooks/statement_pages.py


class _Build:
    command = "build"  # or "serve" (on_startup)
    names: dict[str, tuple[str, str]] = {}  # language: (site name, description), as static-i18n sets them
    worker_build: NodeScript | None = None  # started with the build, given the finished site at its end



def _web_site(config: MkDocsConfig) -> bool:
    return bool(config.use_directory_urls)  # false only for the offline bundle


def on_startup(command: str, dirty: bool) -> None:
    _Build.command = command


@event_priority(-150)  # after static-i18n's on_config has set this language's site name
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _Build.names[building_language(config)] = (config.site_name, config.site_description or "")
    if _web_site(config) and _Build.worker_build is None:
        try:
            _Build.worker_build = start_worker_build()
        except NodeScriptError as error:
            raise PluginError(f"Service worker: {error}") from None
    return config


def on_build_error(error: Exception) -> None:
    if _Build.worker_build is not None:
        _Build.worker_build.cancel()
        _Build.worker_build = None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not _web_site(config):
        file = files.get_file_from_path(PAGE_STYLES)
        if file is not None:
            files.remove(file)
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """A global, not a page variable: the 404 page, rendered without a page, links the manifest too."""
    env.globals["web_app"] = page_settings(building_language(config), DOWNLOADS_URL, _Build.command == "serve") \
        if _web_site(config) else None
    return env


@event_priority(-300)  # after every other hook's on_post_build (the search index split runs at -200)
def on_post_build(config: MkDocsConfig) -> None:
    if nested_language_build(config) or not _web_site(config):
        return  # a nested per-language build: the site is complete only at the end of the outer one
    site = Path(config.site_dir)
    write_web_manifests(site, _Build.names)
    started, _Build.worker_build = _Build.worker_build, None
    try:
        write_service_worker(site, build_info(), started)
    except NodeScriptError as error:
        raise PluginError(f"Service worker: {error}") from None
