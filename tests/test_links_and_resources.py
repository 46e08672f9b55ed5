"""No broken internal link or #fragment, and no resource from another host, in either language."""

from __future__ import annotations

import shutil

from statement_tools.site_checks import broken_links, external_resources


def test_every_internal_link_and_fragment_resolves(built_site):
    broken, checked = broken_links(built_site)
    assert checked > 1500
    assert broken == [], "\n".join(map(str, broken[:20]))


def test_link_checker_catches_a_missing_page_and_a_missing_fragment(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    page = site / "en" / "timeline" / "index.html"
    html = page.read_text(encoding="utf-8")
    html = html.replace('href="../vn-by-2025-strategic-partnership/economy/#clause-13"',
                        'href="../vn-by-2025-strategic-partnership/economy/#clause-99"', 1)
    html = html.replace("</main>", '<a href="../no-such-page/">x</a></main>', 1)
    page.write_text(html, encoding="utf-8")
    reasons = {(link.url, link.reason) for link in broken_links(site)[0]}
    assert ("../vn-by-2025-strategic-partnership/economy/#clause-99", "no #clause-99 in target") in reasons
    assert ("../no-such-page/", "no such file") in reasons


def test_no_resource_is_loaded_from_another_host(built_site):
    assert external_resources(built_site) == []


def test_resource_scan_catches_cdn_scripts_fonts_and_css_imports(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    page = site / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</head>", '<script src="https://unpkg.com/x.js"></script>'
                   '<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Roboto"></head>', 1), "utf-8")
    (site / "assets" / "extra.css").write_text("@import 'https://cdn.example/x.css'; "
                                                "b { background: url(https://cdn.example/i.png) }")
    found = "\n".join(external_resources(site))
    assert "unpkg.com" in found and "fonts.googleapis.com" in found
    assert "cdn.example/x.css" in found and "cdn.example/i.png" in found
