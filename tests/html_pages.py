"""Parsing the built site's pages."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import lxml.html

from statement_core.site.share_pages import is_share_page

LANGUAGE_PREFIX = {"vi": "", "en": "en/"}
AUDIT_WIDTHS = (1280, 390)  # desktop, then phone: each page is audited (axe) at both in one load


@lru_cache(maxsize=256)
def _parse(path: str, mtime: float) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(Path(path).read_bytes())


def page(site: Path, url: str) -> lxml.html.HtmlElement:
    """The parsed page at a directory URL such as "en/timeline/"."""
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return _parse(str(path), path.stat().st_mtime)


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def pages_of(site: Path) -> list[str]:
    """The reader's pages (the share pages, which forward at once, are audited on their own)."""
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if ("downloads" not in p.parts
                  or p.name == "index.html") and not is_share_page(p.relative_to(site).as_posix()))
