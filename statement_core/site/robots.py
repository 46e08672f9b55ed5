"""robots.txt: everything may be crawled; the sitemap (with hreflang alternates) is announced."""

from __future__ import annotations

from statement_core.site_plan import public_url


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {public_url(site_url, 'sitemap.xml')}\n"
