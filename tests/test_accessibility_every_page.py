"""axe-core finds no violation at any impact on any built page: both languages, light and dark, at phone and
desktop widths (the other audits: test_accessibility.py)."""

from __future__ import annotations

from html_pages import AUDIT_WIDTHS as WIDTHS
from html_pages import pages_of

def switch_scheme(page, scheme: str) -> None:
    """The theme's own switch (its palette's radio inputs, as the header's toggle sets them): the page takes
    the other scheme's colours without loading again. The scheme a dark system preference chooses on
    loading is audited in test_accessibility.py."""
    page.evaluate("id => document.getElementById(id).click()", "__palette_1" if scheme == "dark" else "__palette_0")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")


def test_axe_finds_no_violation_on_any_page_light_or_dark(chromium, built_site, site_url):
    from statement_tools.axe_audit import audit, blocking, rules_for

    context = chromium.new_context(viewport={"width": WIDTHS[0], "height": 900}, color_scheme="light",
                                  bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    problems = []
    for path in pages_of(built_site):
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        page.goto(site_url + path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            problems += blocking(audit(page, f"{path} (light, {width} px)"))
        switch_scheme(page, "dark")
        for width in reversed(WIDTHS):
            page.set_viewport_size({"width": width, "height": 900})
            problems += blocking(audit(page, f"{path} (dark, {width} px)", rules_for("dark")))
        switch_scheme(page, "light")  # the choice is kept for the next page
    context.close()
    assert problems == [], "\n".join(map(str, problems))
