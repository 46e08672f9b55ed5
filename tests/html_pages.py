"""Parsing the built site's pages."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import lxml.html

LANGUAGE_PREFIX = {"vi": "", "en": "en/"}


@lru_cache(maxsize=256)
def _parse(path: str, mtime: float) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(Path(path).read_bytes())


def page(site: Path, url: str) -> lxml.html.HtmlElement:
    """The parsed page at a directory URL such as "en/timeline/"."""
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return _parse(str(path), path.stat().st_mtime)


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())
