"""robots.txt: everything may be crawled; the sitemap (with hreflang alternates) is announced."""

from __future__ import annotations


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n"
