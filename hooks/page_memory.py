"""MkDocs glue: a written page's HTML is let go of, so that a large collection's build does not hold every page
to the end.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page


@event_priority(-1000)  # after every other post_page hook: the page is final and MkDocs writes it next
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """MkDocs keeps every page's HTML to the end of the build, though nothing reads it once the page is
    written: at 100× that is over 200 MB (a Vietnamese page's text is two bytes a character in memory)
    held while the later language's pages are made. The page's own output is what gets written."""
    page.content = None
    return output
