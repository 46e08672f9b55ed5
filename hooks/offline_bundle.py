"""MkDocs glue for the offline bundle (OFFLINE=1): no request may leave the unzipped folder.

Material's offline plugin loads the iframe-worker shim from a CDN unless `extra.polyfills` already names
one; we point it at a copy of the pinned npm package, copied into the site at build time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
SHIM_SOURCE = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
SHIM_LICENSE = ROOT / "node_modules" / "iframe-worker" / "LICENSE"
SHIM_PATH = "assets/vendor/iframe-worker/shim.js"


def _offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(100)  # before the offline plugin adds its CDN default
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _offline(config):
        if not SHIM_SOURCE.exists():
            raise PluginError(f"{SHIM_SOURCE} is missing: run `make setup` (npm ci) before building the bundle")
        config.extra["polyfills"] = [SHIM_PATH]
    return config


def on_post_build(config: MkDocsConfig) -> None:
    if not _offline(config):
        return
    target = Path(config.site_dir) / SHIM_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM_SOURCE, target)
    shutil.copyfile(SHIM_LICENSE, target.with_name("LICENSE"))
