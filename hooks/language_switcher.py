"""MkDocs glue: the language switcher's links, relative to the page, so that they work offline (file://)
and under any host or path.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from statement_core.site_plan import language_versions


@event_priority(-50)  # after static-i18n's on_page_context has set this page's alternates
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Language switcher links relative to the page.

    static-i18n leaves the home page's switcher on absolute "/<path>/en/" links, which break offline
    (file://) and under another host; site-relative paths go through Material's `url` filter instead.
    """
    paths = language_versions(page.url, "")
    alternates = [{**alternate, "link": paths[alternate["lang"]].lstrip("/") or "."}
                  for alternate in getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])]
    # static-i18n sets the attribute (which Jinja reads first) as well as the item: set both.
    config.extra.alternate = alternates
    config.extra["alternate"] = alternates
    return context
