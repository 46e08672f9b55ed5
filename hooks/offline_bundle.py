"""MkDocs glue for the offline bundle (OFFLINE=1): no request may leave the unzipped folder, and none is made
for nothing.

Material's offline plugin adds the iframe-worker shim (from a CDN) to every page so that its lunr search
worker can run from file://. Our search runs in the page and Material's search component, the only code of
the theme that starts a worker, is not on the pages: the shim would be a script loaded on every page that
does nothing, so the entry the plugin adds is taken out again.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


def _offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(-50)  # after the offline plugin's on_config has added the shim
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _offline(config):
        config.extra["polyfills"] = [url for url in config.extra.get("polyfills", []) if "iframe-worker" not in url]
    return config
