"""Add each page's Content-Security-Policy <meta> (statement_core.site.csp) after the theme has rendered it.

Not in the offline bundle: under file:// every page is its own opaque origin, so 'self' would block the
bundle's own files; with no network there is nothing for the policy to keep out.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from hooks import kept_pages
from statement_core.site.csp import with_policy


@event_priority(-100)  # last, once every other hook has changed the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output) if config.use_directory_urls and not kept_pages.kept(page) else output


@event_priority(-100)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name.endswith(".html") and "<html" in output and config.use_directory_urls:
        return with_policy(output)
    return output
