"""The "Cite" dialog in real Chromium: keyboard (open, Tab stays inside, Esc closes, focus returns), what it
shows (the downloaded CSL-JSON rendered by citeproc-py), copying with visible and announced feedback, both
languages, axe at every impact level in both schemes, and no request to another host."""

from __future__ import annotations

import json
import re

import pytest

from conftest import DOCUMENT_ID, recording_page
from statement_core.citations import render_references

ECONOMY = f"{DOCUMENT_ID}/economy/"
INSIDE_DIALOG = "() => { const d = document.querySelector('dialog[data-cite-dialog]'); " \
                "return d.contains(document.activeElement) && document.activeElement !== d; }"
# Past the dialog's last control a modal <dialog> lets focus go to the browser's own controls (the page then
# reports <body> as active), never to the page behind it; the next Tab comes back into the dialog.
ON_PAGE_BEHIND = "() => { const a = document.activeElement; " \
                 "return a !== document.body && !document.querySelector('dialog[data-cite-dialog]').contains(a); }"


def dialog_texts(page) -> dict[str, str]:
    page.locator("[data-cite-styles]").wait_for(state="visible")
    return page.eval_on_selector_all(
        "[data-cite-style]", "els => Object.fromEntries(els.map(e => [e.dataset.citeStyle, "
                             "e.querySelector('[data-cite-text]').textContent]))")


def expected_texts(built_site, language: str, key: str) -> tuple[str, dict[str, str]]:
    """What the downloaded CSL-JSON gives when rendered by citeproc-py: item and references."""
    items = json.loads((built_site / "downloads" / f"statement.{language}.csl.json").read_text(encoding="utf-8"))
    whole, *clauses = items
    if key == "statement":
        return whole["URL"], render_references(whole, language)
    item = next(item for item in clauses if item["section"] == key)
    return item["URL"], render_references(item, language, key, whole)


def test_keyboard_opens_traps_closes_and_returns_focus_and_texts_match_citeproc(browser_page, site_url, built_site):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + ECONOMY)
    page.click("article[data-clause='13'] [data-clause-actions-toggle]")  # on a phone, behind the ⋯ toggle
    opener = page.locator("article[data-clause='13'] [data-cite='13']")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog[data-cite-dialog]")
    assert dialog.evaluate("d => d.open && d.matches(':modal')")
    assert page.evaluate(INSIDE_DIALOG)
    assert page.evaluate("document.querySelector('dialog[data-cite-dialog]').getAttribute('aria-labelledby')") == "cite-dialog-title"
    texts = dialog_texts(page)
    url, references = expected_texts(built_site, "vi", "13")
    assert {key: value for key, value in texts.items() if key != "short"} == references
    assert texts["short"] == "Tuyên bố chung VN–BY về Đối tác chiến lược (Minsk, 12/5/2025), khoản 13"
    assert page.text_content("[data-cite-subject]").startswith("Khoản 13: ")
    focusable = dialog.locator("button, a[href]").count()
    visited = set()
    for _ in range(2 * focusable + 4):  # round the whole dialog twice
        page.keyboard.press("Tab")
        assert not page.evaluate(ON_PAGE_BEHIND), page.evaluate("document.activeElement.outerHTML.slice(0, 80)")
        visited.add(page.evaluate("[...document.querySelectorAll('dialog[data-cite-dialog] button, dialog[data-cite-dialog] a[href]')]"
                                  ".indexOf(document.activeElement)"))
    assert visited - {-1} == set(range(focusable))  # every control of the dialog, nothing else
    page.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    assert page.evaluate("document.activeElement.dataset.cite") == "13"
    assert [u for u in page.requests.urls if not u.startswith(site_url)] == []


@pytest.mark.parametrize("language, start, key, copied", [
    ("vi", ECONOMY, "13", "Đã sao chép"), ("en", "en/", "statement", "Copied"),
])
def test_copy_gives_the_reference_with_visible_and_announced_feedback(browser_page, site_url, built_site, language,
                                                                      start, key, copied):
    page = browser_page
    page.goto(site_url + start)
    page.click(f"[data-cite='{key}']")
    texts = dialog_texts(page)
    _, references = expected_texts(built_site, language, key)
    assert texts["chicago-note"] == references["chicago-note"]
    button = page.locator("[data-cite-style='chicago-note'] [data-cite-copy]")
    button.click()
    page.locator("[data-cite-style='chicago-note'] .is-copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == references["chicago-note"]
    shown = button.evaluate("b => getComputedStyle(b, '::before').content")
    assert copied in shown and not page.locator("[data-cite-style='chicago-note'] .cite-dialog__copy-label").is_visible()
    status = page.locator("[data-cite-status]")
    page.locator("[data-cite-status]", has_text=re.compile(r"\S")).wait_for(state="attached")
    assert status.text_content().startswith(copied) and "Chicago" in status.text_content()
    short = page.evaluate(f"window.statementCitations['{language}/{DOCUMENT_ID}']['{key}'].short")
    assert short == texts["short"]
    page.click(".cite-dialog__close")
    assert page.evaluate("document.activeElement.dataset.cite") == key


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_dialog_has_no_axe_violation_at_any_impact(chromium, site_url, scheme):
    from statement_tools.axe_audit import audit, rules_for

    with recording_page(chromium, color_scheme=scheme, bypass_csp=True) as page:
        problems = []
        for start, key in ((ECONOMY, "13"), ("en/", "statement")):
            page.set_viewport_size({"width": 360 if start == ECONOMY else 1280, "height": 800})
            page.goto(site_url + start)
            if key != "statement":  # a clause's Cite is behind its ⋯ toggle on a phone
                page.click(f"article[data-clause='{key}'] [data-clause-actions-toggle]")
            page.click(f"[data-cite='{key}']")
            dialog_texts(page)
            page.click("[data-cite-style='apa-reference'] [data-cite-copy]")
            problems += [v for v in audit(page, f"{start} dialog ({scheme})", rules_for(scheme))
                         if "dialog" in " ".join(v.targets) or v.rule in {"aria-dialog-name", "region"}]
    assert problems == [], "\n".join(map(str, problems))
