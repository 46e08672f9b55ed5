"""Every built page passes the W3C Nu checker with no error, and axe-core with no violation at any impact
(minor, moderate, serious, critical): both languages, light and dark schemes, every reading mode, phone and
desktop widths. axe over every page, the longest of these, is in test_accessibility_every_page.py: pytest-xdist
keeps a file on one worker, and together they were four and a half minutes of one worker's time."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, ROOT
from html_pages import AUDIT_WIDTHS as WIDTHS
from html_pages import pages_of
from statement_core.site.share_pages import is_share_page

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
READING_MODES = ("side", "vi", "en", "stacked")


def test_nu_html_checker_finds_no_error_or_warning(built_site):
    java = shutil.which("java")
    assert java and VNU.exists(), "run `make setup`: needs Java (default-jre-headless) and npm's vnu-jar"
    result = subprocess.run([java, "-jar", str(VNU), "--format", "gnu", "--skip-non-html", str(built_site)],
                            capture_output=True, text=True)
    messages = [line for line in result.stderr.splitlines() + result.stdout.splitlines() if line.strip()]
    assert len(pages_of(built_site)) > 30
    assert [m for m in messages if not is_csp_note(m)] == [], "\n".join(messages[:30])


def is_csp_note(message: str) -> bool:
    """The checker evaluates our CSP <meta> from file:, where 'self' matches nothing and script hashes are
    not checked, so it adds "info" notes for every resource; Chromium, which enforces the policy, reports no
    violation (tests/test_hardening.py)."""
    return ": info warning: " in message and "Content Security Policy" in message


def test_nu_checker_would_catch_an_error(tmp_path):
    """The gate above is only worth something if the checker really fails bad HTML."""
    (tmp_path / "bad.html").write_text("<!doctype html><html lang=en><title>x</title><p><div></p>")
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "gnu", str(tmp_path / "bad.html")],
                            capture_output=True, text=True)
    assert result.returncode != 0 and "error" in result.stderr




@pytest.mark.parametrize("mode", ["vi", "en", "stacked"])
def test_axe_finds_no_violation_in_each_reading_mode(chromium, built_site, site_url, document, mode):
    from statement_tools.axe_audit import audit, blocking

    context = chromium.new_context(viewport={"width": WIDTHS[0], "height": 900}, bypass_csp=True)
    context.add_init_script(f"localStorage.setItem('vn-by-statement.reading', "
                            f"JSON.stringify({{mode: '{mode}', swapped: true}}))")
    page = context.new_page()
    problems = []
    for prefix in ("", "en/"):
        # A chapter with notes, and the full text, which holds every clause; every page is audited in the
        # side-by-side mode above.
        for path in (f"{document.id}/{document.chapters[0].id}/", f"{document.id}/full-text/"):
            page.set_viewport_size({"width": WIDTHS[0], "height": 900})
            page.goto(site_url + prefix + path)
            assert page.get_attribute("html", "data-reading-mode") == mode
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                problems += blocking(audit(page, f"{prefix}{path} ({mode}, {width} px)"))
    context.close()
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_with_the_reading_tools_open(chromium, site_url, scheme):
    """What only shows on demand: the phone toggles unfolded, and the shortcut dialog."""
    from statement_tools.axe_audit import audit, blocking, rules_for

    context = chromium.new_context(viewport={"width": WIDTHS[1], "height": 900}, color_scheme=scheme,
                                  has_touch=True, bypass_csp=True)
    page = context.new_page()
    problems = []
    for prefix in ("", "en/"):
        page.set_viewport_size({"width": WIDTHS[1], "height": 900})
        page.goto(site_url + f"{prefix}{DOCUMENT_ID}/economy/")
        page.click("[data-reading-modes-toggle]")
        page.click("article[data-clause='14'] [data-clause-actions-toggle]")
        page.click("article[data-clause='14'] [data-copy='citation']")  # the notice on screen, too
        page.locator("[data-reading-status].is-shown").wait_for()
        problems += blocking(audit(page, f"{prefix}economy unfolded ({scheme})", rules_for(scheme)))
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        page.keyboard.press("?")
        assert page.is_visible("dialog[data-shortcuts]")
        problems += blocking(audit(page, f"{prefix}economy shortcut dialog ({scheme})", rules_for(scheme)))
    context.close()
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_the_root_404_page(chromium, site_url, scheme):
    """The root 404.html as a host serves it for a missing address at any depth, at every impact and both
    widths; and with its stylesheets not loaded (blocked, or a host serving it away from the site's path),
    nothing of it is outside a landmark (axe `region`: the theme's drawer and search toggles)."""
    from statement_tools.axe_audit import audit, blocking, rules_for

    context = chromium.new_context(viewport={"width": WIDTHS[0], "height": 900}, color_scheme=scheme,
                                  bypass_csp=True, service_workers="block")  # requests reach the route below
    page = context.new_page()
    problems = []
    for missing in ("no-such-page/", "en/no/such/page.html"):
        response = page.goto(site_url + missing)
        assert response.status == 404 and page.get_attribute("html", "lang") == "vi"
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            problems += blocking(audit(page, f"404 at {missing} ({scheme}, {width} px)", rules_for(scheme)))
    page.route("**/*.css", lambda route: route.abort())
    page.goto(site_url + "no-such-page/")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        problems += blocking(audit(page, f"404 without styles ({scheme}, {width} px)", ["region"]))
    context.close()
    assert problems == [], "\n".join(map(str, problems))


def test_axe_would_catch_violations_of_any_impact(chromium, site_url):
    from statement_tools.axe_audit import audit, blocking

    page = chromium.new_page(bypass_csp=True)
    page.goto(site_url)
    page.evaluate("document.querySelector('article, .md-content').insertAdjacentHTML('afterbegin',"
                  " '<img src=\"data:,\"><button></button><aside aria-label=\"x\"><p>a</p></aside>"
                  "<aside aria-label=\"x\"><p>b</p></aside>')")
    found = {(v.rule, v.impact) for v in blocking(audit(page, "tampered"))}
    page.close()
    assert {("image-alt", "critical"), ("button-name", "critical"), ("landmark-unique", "moderate")} <= found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_the_share_pages(chromium, built_site, site_url, scheme):
    """The share pages forward at once: each is held on screen (its forward answered 204) and audited; they
    all come from one template, so a few in each language stand for the rest (make check audits all)."""
    from statement_tools.axe_audit import audit, blocking, hold_forwarding_pages, open_held, rules_for

    problems = []
    for path in (f"s/{DOCUMENT_ID}/14.html", f"en/s/{DOCUMENT_ID}/14.html", f"s/{DOCUMENT_ID}/1.html"):
        assert is_share_page(path) and (built_site / path).is_file()
        context = chromium.new_context(viewport={"width": WIDTHS[0], "height": 900}, color_scheme=scheme,
                                      bypass_csp=True)
        page = context.new_page()
        hold_forwarding_pages(page, lambda url: "/s/" in url)
        open_held(page, site_url + path)
        assert page.url == site_url + path and page.locator("main h1").count() == 1
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            problems += blocking(audit(page, f"{path} ({scheme}, {width} px)", rules_for(scheme)))
        context.close()
    assert problems == [], "\n".join(map(str, problems))
