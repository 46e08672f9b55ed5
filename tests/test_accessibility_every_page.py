"""axe-core finds no violation at any impact on any built page: both languages, light and dark, at phone and
desktop widths (the other audits: test_accessibility.py)."""

from __future__ import annotations

import pytest

from html_pages import AUDIT_WIDTHS as WIDTHS
from html_pages import pages_of


# The dark scheme changes colours only, so there it is enough to check contrast.
@pytest.mark.parametrize("scheme, rules", [("light", None), ("dark", ["color-contrast", "link-in-text-block"])])
def test_axe_finds_no_violation_on_any_page(chromium, built_site, site_url, scheme, rules):
    from statement_tools.axe_audit import audit, blocking

    context = chromium.new_context(viewport={"width": WIDTHS[0], "height": 900}, color_scheme=scheme,
                                  bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    problems = []
    for path in pages_of(built_site):
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        page.goto(site_url + path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            problems += blocking(audit(page, f"{path} ({scheme}, {width} px)", rules))
    context.close()
    assert problems == [], "\n".join(map(str, problems))
