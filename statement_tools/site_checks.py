"""Checks over a built site: resources loaded from other hosts, and internal links that do not resolve.

Used by the bundle script, the test suite and `make check`; written on lxml so it runs offline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

# Elements and attributes that make the browser fetch something (navigation links are not resources).
_RESOURCE_XPATH = (
    "//script[@src]/@src | //img/@src | //img/@srcset | //iframe/@src | //source/@src | //source/@srcset"
    " | //video/@src | //video/@poster | //audio/@src | //embed/@src | //object/@data | //track/@src"
    " | //link[contains(' stylesheet icon preload modulepreload manifest apple-touch-icon prefetch ',"
    " concat(' ', @rel, ' '))]/@href"
)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")


def _is_absolute(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url.strip(), re.IGNORECASE)) and not url.startswith("data:")


def external_resources(site: Path) -> list[str]:
    """`file: url` for every resource URL that points at another host, in HTML and CSS."""
    found = []
    for path in sorted(site.rglob("*.html")):
        tree = lxml.html.fromstring(path.read_bytes())
        for url in tree.xpath(_RESOURCE_XPATH):
            for candidate in str(url).split(","):
                candidate = candidate.strip().split(" ")[0]
                if candidate and _is_absolute(candidate):
                    found.append(f"{path.relative_to(site)}: {candidate}")
        for style in tree.xpath("//style/text() | //@style"):
            found += [f"{path.relative_to(site)}: {u}" for u in _css_urls(str(style)) if _is_absolute(u)]
    for path in sorted(site.rglob("*.css")):
        found += [f"{path.relative_to(site)}: {u}" for u in _css_urls(path.read_text("utf-8", "replace"))
                  if _is_absolute(u)]
    return found


def _css_urls(css: str) -> list[str]:
    return _CSS_URL.findall(css) + _IMPORT.findall(css)


@dataclass(frozen=True)
class BrokenLink:
    page: str
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.url} ({self.reason})"


def broken_links(site: Path, site_path: str = "/joint-statement/") -> tuple[list[BrokenLink], int]:
    """Every internal href/src that resolves to no file, or to a page without the #fragment it names.

    Root-relative links (the 404 page uses them, since it is served for any path) are read below
    `site_path`, the path of site_url. Returns the broken links and how many links were checked.
    """
    ids: dict[Path, set[str]] = {}

    def ids_of(page: Path) -> set[str]:
        if page not in ids:
            tree = lxml.html.fromstring(page.read_bytes())
            ids[page] = set(tree.xpath("//@id")) | set(tree.xpath("//a/@name"))
        return ids[page]

    broken: list[BrokenLink] = []
    checked = 0
    for page in sorted(site.rglob("*.html")):
        tree = lxml.html.fromstring(page.read_bytes())
        for url in tree.xpath("//a/@href | //link/@href | //script/@src | //img/@src | //source/@src"):
            parts = urlsplit(str(url))
            if parts.scheme or parts.netloc or str(url).startswith(("mailto:", "javascript:", "data:")):
                continue
            checked += 1
            path = unquote(parts.path)
            if path.startswith("/"):
                if not path.startswith(site_path):
                    broken.append(BrokenLink(str(page.relative_to(site)), str(url), f"outside {site_path}"))
                    continue
                target = (site / path[len(site_path):]).resolve()
            else:
                target = page if not path else (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(BrokenLink(str(page.relative_to(site)), str(url), "no such file"))
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment not in ids_of(target):
                broken.append(BrokenLink(str(page.relative_to(site)), str(url), f"no #{fragment} in target"))
    return broken, checked
