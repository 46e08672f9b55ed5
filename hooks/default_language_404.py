"""The root 404.html is the default language's page: GitHub Pages serves it for every missing address.

MkDocs writes the theme's static templates (404.html, sitemap.xml) into the site root in every build, and
static-i18n builds the other languages after the default one, so without this the last language built
(English) would own the root 404 page: html lang="en", English header and search. The default language's
build keeps its page here; later builds write that page again instead of their own.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from hooks import build_context

NOT_FOUND = "404.html"

def _is_default_language(config: MkDocsConfig) -> bool:
    return getattr(config.plugins.get("i18n"), "is_default_language_build", True)


@event_priority(-200)  # after every other hook (the CSP hook runs at -100): keep the finished page
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != NOT_FOUND:
        return output
    context = build_context.context(config)
    if _is_default_language(config):
        context.not_found_page = output
        return output
    return context.not_found_page if context.not_found_page is not None else output
