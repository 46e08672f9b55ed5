"""MkDocs glue for the pages' scripts (statement_core.site.page_scripts): esbuild bundles the search, the
reading pages' behaviour and, on the web site, the offline status, started with the build and written into
the site at its end (before the service worker lists the site's files)."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hooks.i18n_build import nested_language_build  # noqa: E402
from statement_core.site.page_scripts import BundleError, PageScriptBundles  # noqa: E402


class _Build:
    bundles: PageScriptBundles | None = None  # esbuild, started with the build and collected at its end


def _web_site(config: MkDocsConfig) -> bool:
    return bool(config.use_directory_urls)  # false only for the offline bundle


@event_priority(-150)  # with the other hooks' on_config, after static-i18n's and the offline plugin's
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _Build.bundles is None:  # once per build: static-i18n runs on_config again for each language
        try:
            _Build.bundles = PageScriptBundles(_web_site(config))
        except BundleError as error:
            raise PluginError(str(error)) from None
    return config


def on_build_error(error: Exception) -> None:
    if _Build.bundles is not None:
        _Build.bundles.cancel()
        _Build.bundles = None


@event_priority(-200)  # once, after static-i18n has built every language; before the service worker (-300)
def on_post_build(config: MkDocsConfig) -> None:
    if nested_language_build(config):
        return
    bundles, _Build.bundles = _Build.bundles or PageScriptBundles(_web_site(config)), None
    try:
        bundles.write_into(Path(config.site_dir))
    except BundleError as error:
        raise PluginError(str(error)) from None
