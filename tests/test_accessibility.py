"""Every built page passes the W3C Nu checker with no error, and axe-core with no serious or critical
violation: both languages, light and dark schemes, and every reading mode."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
READING_MODES = ("side", "vi", "en", "stacked")


def pages_of(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "downloads" not in p.parts
                  or p.name == "index.html")


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


# The dark scheme changes colours only, so there it is enough to check contrast.
@pytest.mark.parametrize("scheme, rules", [("light", None), ("dark", ["color-contrast", "link-in-text-block"])])
def test_axe_finds_nothing_serious_on_any_page(chromium, built_site, site_url, scheme, rules):
    from axe_audit import audit, blocking

    context = chromium.new_context(viewport={"width": 1300, "height": 900}, color_scheme=scheme,
                                  bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    problems = []
    for path in pages_of(built_site):
        page.goto(site_url + path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
        problems += blocking(audit(page, f"{path} ({scheme})", rules))
    context.close()
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("mode", ["vi", "en", "stacked"])
def test_axe_finds_nothing_serious_in_each_reading_mode(chromium, built_site, site_url, document, mode):
    from axe_audit import audit, blocking

    context = chromium.new_context(viewport={"width": 1300, "height": 900}, bypass_csp=True)
    context.add_init_script(f"localStorage.setItem('vn-by-statement.reading', "
                            f"JSON.stringify({{mode: '{mode}', swapped: true}}))")
    page = context.new_page()
    problems = []
    for prefix in ("", "en/"):
        for chapter in (*document.chapters[:1], *document.chapters[-2:]):
            url = f"{prefix}{document.id}/{chapter.id}/"
            page.goto(site_url + url)
            assert page.get_attribute("html", "data-reading-mode") == mode
            problems += blocking(audit(page, f"{url} ({mode})"))
        page.goto(site_url + f"{prefix}{document.id}/full-text/")
        problems += blocking(audit(page, f"{prefix}full-text ({mode})"))
    context.close()
    assert problems == [], "\n".join(map(str, problems))


def test_axe_would_catch_a_serious_violation(chromium, site_url):
    from axe_audit import audit, blocking

    page = chromium.new_page(bypass_csp=True)
    page.goto(site_url)
    page.evaluate("document.querySelector('article, .md-content').insertAdjacentHTML('afterbegin',"
                  " '<img src=\"data:,\"><button></button>')")
    found = {v.rule for v in blocking(audit(page, "tampered"))}
    page.close()
    assert {"image-alt", "button-name"} <= found
