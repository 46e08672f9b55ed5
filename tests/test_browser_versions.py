"""A revised clause's history in Chromium (issue 21): opened with the keyboard, its deleted and inserted words
marked without colour and announced, no overflow from 320 px, what each reading mode and print show, no axe
violation once open; and, after one visit, the history and the current edition's page offline."""

from __future__ import annotations

import pytest
from playwright.sync_api import Error as PlaywrightError

from conftest import DOCUMENT_ID, recording_page
from statement_core.labels import label
from test_browser_service_worker import open_from_cache, wait_until_saved

DEFENCE = f"{DOCUMENT_ID}/defence/"
HISTORY = "#clause-25-history"
READING = "vn-by-statement.reading"


def open_with_the_keyboard(page) -> None:
    summary = page.locator(f"{HISTORY} > summary")
    if page.get_attribute(HISTORY, "open") is not None:
        return
    assert summary.evaluate("element => element.tabIndex") == 0  # in the tab order
    summary.focus()
    page.keyboard.press("Enter")
    assert page.get_attribute(HISTORY, "open") is not None


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_history_opens_with_the_keyboard_and_reads_without_colour(chromium, site_url, language):
    from statement_tools.axe_audit import audit, blocking

    prefix = "" if language == "vi" else "en/"
    context = chromium.new_context(viewport={"width": 360, "height": 800}, bypass_csp=True)  # axe is inline
    page = context.new_page()
    page.goto(site_url + prefix + DEFENCE)
    assert page.text_content(f"{HISTORY} > summary") == label(language, "history_mark", edition=2)
    problems = []
    for width in (360, 1280, 320):
        page.set_viewport_size({"width": width, "height": 800})
        open_with_the_keyboard(page)
        entry = page.locator(f"{HISTORY} li[data-locator='25(3)']")
        assert entry.is_visible()
        deleted, inserted = entry.locator("del").first, entry.locator("ins").first
        assert "line-through" in deleted.evaluate("e => getComputedStyle(e).textDecorationLine")
        assert "underline" in inserted.evaluate("e => getComputedStyle(e).textDecorationLine")
        # Announced, not seen: the prefixes are in the accessibility tree and take no room on screen.
        spoken = entry.aria_snapshot()
        assert f"{label(language, 'diff_deleted')}: Mutual Judicial and Legal Assistance" in spoken
        assert f"{label(language, 'diff_inserted')}: Legal Assistance and Legal Relations" in spoken
        assert deleted.locator(".visually-hidden").bounding_box()["width"] <= 1
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"overflow at {width} px"
        box = page.locator(HISTORY).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        if width != 320:
            problems += blocking(audit(page, f"{prefix}{DEFENCE} history open ({width} px)"))
    assert problems == [], "\n".join(map(str, problems))
    page.keyboard.press("Enter")  # the summary keeps the focus: Enter closes it again
    assert page.get_attribute(HISTORY, "open") is None
    context.close()


def test_each_reading_mode_and_print_show_what_they_should(chromium, site_url):
    """Vietnamese only hides the history: it is the English column's, and the authentic text never changes."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + DEFENCE)
    open_with_the_keyboard(page)
    for mode, shown in (("side", True), ("vi", False), ("en", True), ("stacked", True)):
        page.check(f"input[name='reading-mode'][value='{mode}']")
        assert page.locator(f"{HISTORY} > summary").is_visible() == shown, mode
    page.check("input[name='reading-mode'][value='side']")
    page.emulate_media(media="print")
    assert page.locator(f"{HISTORY} > summary").is_visible()  # the one-line note
    assert page.locator(f"{HISTORY} ol.history").is_hidden() and page.locator(f"{HISTORY} .history__legend").is_hidden()
    assert page.locator("article[data-clause='25'] [data-column='en']").is_visible()  # the current text
    context.close()


def test_after_one_visit_the_history_and_the_current_edition_work_offline(chromium, site_url):
    with recording_page(chromium, service_workers="allow") as page:
        page.goto(site_url)
        wait_until_saved(page)
        page.context.set_offline(True)
        open_from_cache(page, site_url + "en/" + DEFENCE)
        open_with_the_keyboard(page)
        assert page.locator(f"{HISTORY} del").first.is_visible()
        for path in ("editions/4/", "en/editions/4/"):  # the current edition (issue 37)
            open_from_cache(page, site_url + path)
            assert page.locator("[data-statement-page='edition'][data-edition='4']").count() == 1
        # The earlier edition is read online only: it is not kept.
        try:
            response = page.goto(site_url + "editions/1/")
        except PlaywrightError:  # no network, and nothing in the cache
            response = None
        assert response is None or not response.ok
        assert page.requests.foreign() == []
