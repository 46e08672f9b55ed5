"""Aligned segments in real Chromium: pointing and focus pair the halves in both trees, one tab stop per
clause with arrow keys between its segments, the counterpart on request (a popover where its column is not
on screen), #clause-N.M, citing a segment, and print without the marks."""

from __future__ import annotations

import pytest

from conftest import DOCUMENT_ID, poll

ECONOMY = f"{DOCUMENT_ID}/economy/"
PAIRED = "els => els.map(e => e.dataset.segment + ':' + e.closest('[data-column]').dataset.column).sort()"


def paired(page) -> list[str]:
    return page.eval_on_selector_all(".segment.is-paired", PAIRED)


@pytest.mark.parametrize("tree", ["", "en/"])
def test_pointing_at_either_half_marks_both(browser_page, site_url, tree):
    page = browser_page
    page.goto(site_url + tree + ECONOMY)
    page.hover("article[data-clause='13'] [data-column='vi'] [data-segment='13.3']")
    assert paired(page) == ["13.3:en", "13.3:vi"]
    page.hover("article[data-clause='13'] [data-column='en'] [data-segment='13.5']")
    assert paired(page) == ["13.5:en", "13.5:vi"]
    page.mouse.move(1, 1)
    assert paired(page) == []


@pytest.mark.parametrize("tree, language", [("", "vi"), ("en/", "en")])
def test_one_tab_stop_per_clause_and_arrow_keys_move_between_its_segments(browser_page, site_url, tree, language):
    page = browser_page
    page.goto(site_url + tree + ECONOMY)
    stops = page.eval_on_selector_all(".clause", "cs => cs.map(c => c.querySelectorAll('[data-segment][tabindex=\"0\"]').length)")
    assert set(stops) == {1}, "one tab stop per clause"
    first = page.locator("article[data-clause='13'] [data-segment][tabindex='0']")
    assert first.evaluate("e => e.closest('[data-column]').dataset.column") == language, "the reader's column first"
    first.focus()
    assert paired(page) == ["13.1:en", "13.1:vi"]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.dataset.segment") == "13.3"
    assert paired(page) == ["13.3:en", "13.3:vi"]
    assert page.locator("article[data-clause='13'] [data-segment][tabindex='0']").count() == 1
    page.keyboard.press("End")
    page.keyboard.press("Home")
    assert page.evaluate("document.activeElement.dataset.segment") == "13.1"
    # Enter asks for the counterpart: with both columns on screen it is said (not on every move), not shown.
    page.keyboard.press("Enter")
    other = "en" if language == "vi" else "vi"
    expected = page.text_content(f"article[data-clause='13'] [data-column='{other}'] [data-segment='13.1']").split()[0]
    page.locator("[data-reading-status]", has_text=expected).wait_for()
    assert not page.evaluate("document.querySelector('[data-segment-popover]').matches(':popover-open')")


@pytest.mark.parametrize("mode, shown, other", [("vi", "vi", "en"), ("en", "en", "vi")])
def test_in_one_language_modes_a_segment_shows_its_translation_in_a_popover(chromium, site_url, mode, shown, other):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    context.add_init_script(f"localStorage.setItem('vn-by-statement.reading', JSON.stringify({{mode: '{mode}'}}))")
    page = context.new_page()
    page.goto(site_url + ECONOMY)
    segment = page.locator(f"article[data-clause='15'] [data-column='{shown}'] [data-segment='15.2']")
    segment.click()
    popover = page.locator("[data-segment-popover]")
    assert popover.evaluate("p => p.matches(':popover-open')")
    expected = page.locator(f"article[data-clause='15'] [data-column='{other}'] [data-segment='15.2']").text_content()
    assert popover.locator("[data-segment-popover-text]").text_content() == expected
    assert popover.locator("[data-segment-popover-text]").get_attribute("lang") == other
    box, screen = popover.bounding_box(), page.viewport_size
    assert box["x"] >= 0 and box["x"] + box["width"] <= screen["width"] and 0 <= box["y"] <= screen["height"]
    page.keyboard.press("Escape")
    assert not popover.evaluate("p => p.matches(':popover-open')")
    segment.focus()
    page.keyboard.press("Enter")
    assert popover.evaluate("p => p.matches(':popover-open')"), "the keyboard asks as a tap does"
    context.close()


def test_a_segment_address_marks_both_halves_and_scrolls_to_them(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{ECONOMY}#clause-13.4")
    poll(page, "document.querySelectorAll('.segment.is-target-segment').length === 2")
    marked = page.eval_on_selector_all(".segment.is-target-segment", PAIRED)
    assert marked == ["13.4:en", "13.4:vi"]
    box = page.locator("#clause-13\\.4").bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
    assert page.locator("article[data-clause='13']").evaluate("c => c.classList.contains('is-target')")
    page.goto(site_url + f"{ECONOMY}#clause-16.2")
    poll(page, "document.querySelectorAll('.segment.is-target-segment').length === 2")
    # A shortcut moves the address on without a hashchange (replaceState): the segment is no longer marked.
    page.keyboard.press("j")
    poll(page, "location.hash === '#clause-17'")
    assert page.eval_on_selector_all(".segment.is-target-segment", PAIRED) == []


def test_a_segment_is_cited_from_its_popover_and_from_the_clause_at_its_address(chromium, site_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script("localStorage.setItem('vn-by-statement.reading', JSON.stringify({mode: 'vi'}))")
    page = context.new_page()
    page.goto(site_url + ECONOMY)
    page.click("article[data-clause='13'] [data-column='vi'] [data-segment='13.2']")
    page.click("[data-segment-popover-cite]")
    page.locator("[data-cite-styles]").wait_for()
    assert page.text_content("[data-cite-subject]").startswith("Khoản 13, phân đoạn 2: ")
    short = page.text_content("[data-cite-style='short'] [data-cite-text]")
    assert short.endswith(", khoản 13(2)")
    assert "#clause-13.2" in page.text_content("[data-cite-style='chicago-note'] [data-cite-text]")
    pressed = page.eval_on_selector_all("[data-cite-part][aria-pressed='true']", "bs => bs.map(b => b.textContent)")
    assert pressed == ["13(2)"]
    page.click("[data-cite-part='13']")
    assert page.text_content("[data-cite-style='short'] [data-cite-text]").endswith(", khoản 13")
    page.keyboard.press("Escape")
    # The clause's own Cite control, opened at an address naming one of its segments, offers that segment.
    page.goto(site_url + f"en/{ECONOMY}#clause-13.4")
    page.click("article[data-clause='13'] [data-cite='13']")
    page.locator("[data-cite-styles]").wait_for()
    assert page.text_content("[data-cite-style='short'] [data-cite-text]").endswith(", cl. 13(4)")
    assert page.text_content("[data-cite-subject]").startswith("Clause 13, segment 4: ")
    context.close()


def test_print_ignores_the_segment_marks(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"{ECONOMY}#clause-13.2")
    page.emulate_media(media="print")
    backgrounds = page.eval_on_selector_all(".segment.is-target-segment",
                                            "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert backgrounds and set(backgrounds) == {"rgba(0, 0, 0, 0)"}
