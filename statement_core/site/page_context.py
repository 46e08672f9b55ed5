"""Where a page is being rendered: the page, its language, the site's address and what the build offers.

Every page's values are computed from one of these (site/page_views.py and the page kinds' own modules);
its relative links and absolute citations depend on where the page is.
"""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.corrections import CorrectionChannels
from statement_core.exports import Download
from statement_core.labels import label
from statement_core.model import Corpus
from statement_core.site_plan import TRANSLATION_PAGE, PlannedPage, SitePlan, hand_written_url, relative_url


@dataclass(frozen=True)
class PageContext:
    """Where a page is being rendered: needed for relative links and absolute citations."""

    corpus: Corpus
    plan: SitePlan
    page: PlannedPage
    language: str
    site_url: str
    directory_urls: bool = True
    downloads: tuple[Download, ...] = ()
    downloads_url: str = "downloads/"
    corrections: CorrectionChannels | None = None  # where a suggested correction goes (issue 31)

    @property
    def url(self) -> str:
        return self.page.url(self.language, self.directory_urls)

    def link(self, target: PlannedPage, fragment: str = "") -> str:
        href = relative_url(self.url, target.url(self.language, self.directory_urls))
        return f"{href}#{fragment}" if fragment else href

    def translation_page_link(self) -> str:
        """The hand-written page "How we translate and correct", from this page (issue 31)."""
        return relative_url(self.url, hand_written_url(TRANSLATION_PAGE, self.language, self.directory_urls))

    def file_link(self, name: str) -> str:
        return relative_url(self.url, self.downloads_url + name)

    def text(self, key: str, **values: object) -> str:
        return label(self.language, key, **values)

    def other_language(self) -> str:
        return "en" if self.language == "vi" else "vi"
