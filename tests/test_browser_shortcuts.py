"""Keyboard shortcuts on the reading pages in real Chromium: one test per key, and none of them while typing."""

from __future__ import annotations

import re

import pytest

from conftest import DOCUMENT_ID

ECONOMY = f"{DOCUMENT_ID}/economy/"
ECONOMY_CLAUSES = (13, 14, 15, 16, 17, 24)


def status(page) -> str:
    page.locator("[data-reading-status]", has_text=re.compile(r"\S")).wait_for()
    return page.text_content("[data-reading-status]")


def targets(page) -> list[str]:
    return page.eval_on_selector_all(".clause.is-target", "els => els.map(e => e.dataset.clause)")


def test_j_and_k_move_between_clauses_and_the_address_follows(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    for number in ECONOMY_CLAUSES[:3]:
        page.keyboard.press("j")
        assert page.evaluate("document.activeElement.id") == f"clause-{number}"
        assert page.url.endswith(f"#clause-{number}")
        assert targets(page) == [str(number)]
        assert 0 <= page.locator(f"#clause-{number}").bounding_box()["y"] < 300
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "clause-14" and page.url.endswith("#clause-14")
    assert targets(page) == ["14"]
    assert page.get_attribute("a.md-select__link[hreflang='en']", "href").endswith("#clause-14")
    page.keyboard.press("k")
    page.keyboard.press("k")
    assert page.url.endswith("#clause-13")
    assert status(page) == "Đây là khoản đầu tiên trên trang"
    # Nothing focused, reading the middle of clause 16: k goes back to its heading, j on to the next one.
    page.evaluate("""() => { document.activeElement.blur();
        window.scrollTo(0, document.querySelector("[data-clause='16']").getBoundingClientRect().top + scrollY + 120); }""")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "clause-16"
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "clause-17"


def test_brackets_open_the_previous_and_next_chapter(browser_page, site_url, document):
    page = browser_page
    page.goto(site_url + f"en/{ECONOMY}")
    page.keyboard.press("]")
    page.wait_for_url(re.compile(r"/en/.*/science/$"))
    page.keyboard.press("[")
    page.wait_for_url(re.compile(r"/en/.*/economy/$"))
    first, last = document.chapters[0].id, document.chapters[-1].id
    page.goto(site_url + f"{DOCUMENT_ID}/{first}/")
    page.keyboard.press("[")
    assert status(page) == "Đây là chương đầu tiên" and page.url.endswith(f"/{first}/")
    page.goto(site_url + f"en/{DOCUMENT_ID}/{last}/")
    page.keyboard.press("]")
    assert status(page) == "This is the last chapter" and page.url.endswith(f"/{last}/")


def test_s_swaps_the_columns_and_not_the_theme_search(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.keyboard.press("s")
    assert page.get_attribute("[data-swap-columns]", "aria-pressed") == "true"
    assert page.get_attribute("html", "data-columns-swapped") == "true"
    assert status(page) == "Đã đổi chỗ hai cột"
    assert not page.evaluate("document.getElementById('__search') && document.getElementById('__search').checked")
    assert page.evaluate("document.activeElement === document.body")
    page.keyboard.press("s")
    assert page.get_attribute("html", "data-columns-swapped") == "false"
    page.reload()
    assert page.get_attribute("html", "data-columns-swapped") == "false"


def test_m_steps_through_the_reading_modes_and_remembers(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{ECONOMY}")
    page.focus("input[name='reading-mode'][value='side']")  # a radio takes no text: the keys still work
    for mode, name in (("vi", "Vietnamese only"), ("en", "English only"),
                       ("stacked", "Stacked (Vietnamese above English)"), ("side", "Side by side")):
        page.keyboard.press("m")
        assert page.get_attribute("html", "data-reading-mode") == mode
        assert page.is_checked(f"input[name='reading-mode'][value='{mode}']")
        assert status(page) == f"Reading mode: {name}"
    page.keyboard.press("m")
    page.reload()
    assert page.get_attribute("html", "data-reading-mode") == "vi"


def test_c_copies_the_citation_of_the_focused_or_topmost_clause(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.focus("article[data-clause='15'] a.clause__number")
    page.keyboard.press("c")
    page.locator("[data-reading-status]", has_text="15").wait_for()
    assert page.evaluate("navigator.clipboard.readText()").endswith(f"/{ECONOMY}#clause-15")
    assert "Đã sao chép trích dẫn khoản 15" in page.text_content("[data-reading-status]")
    page.evaluate("document.activeElement.blur(); document.getElementById('clause-16').scrollIntoView()")
    page.keyboard.press("c")
    page.locator("[data-reading-status]", has_text="16").wait_for()
    assert page.evaluate("navigator.clipboard.readText()").endswith(f"/{ECONOMY}#clause-16")


@pytest.mark.parametrize("language, title, key_description", [
    ("vi", "Phím tắt", "Đổi chỗ hai cột"), ("en", "Keyboard shortcuts", "Swap columns")])
def test_question_mark_lists_the_shortcuts_in_the_page_language(browser_page, site_url, language, title,
                                                                key_description):
    page = browser_page
    page.goto(site_url + ("en/" if language == "en" else "") + ECONOMY)
    dialog = page.locator("dialog[data-shortcuts]")
    assert not dialog.is_visible()
    page.keyboard.press("?")
    assert dialog.is_visible() and page.evaluate("document.querySelector('dialog[data-shortcuts]').open")
    assert page.get_by_role("dialog", name=title).is_visible()
    keys = dialog.locator("kbd").all_text_contents()
    assert {"j", "k", "[", "]", "s", "m", "c", "?", "/", "p", "n"} <= set(keys)
    row = dialog.locator("[data-shortcut-action='swap-columns']")
    assert row.locator("kbd").text_content() == "s" and row.locator("dd").text_content() == key_description
    page.keyboard.press("j")  # the page behind a modal dialog does not react
    assert "#" not in page.url
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    page.click("[data-shortcuts-open]")
    assert dialog.is_visible()
    dialog.locator("button").click()
    assert not dialog.is_visible()


def test_no_shortcut_while_typing_or_with_a_modifier(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.evaluate("""() => document.querySelector('.statement').insertAdjacentHTML('afterbegin',
        '<input id=field aria-label=field><input type=search id=query aria-label=query>' +
        '<textarea id=area aria-label=area></textarea>' +
        '<div id=editable contenteditable aria-label=editable></div>')""")
    typed = "jk[]smc?"
    for field in ("#field", "#query", "#area", "#editable"):
        page.click(field)
        page.keyboard.type(typed)
        assert page.evaluate("f => { const e = document.querySelector(f); return e.value ?? e.textContent; }",
                             field) == typed
    search = page.locator("input[data-md-component='search-query']")
    if search.count():  # the theme's search box, while the site still has it
        search.click()
        page.keyboard.type("sm")
        assert search.input_value() == "sm"
        page.keyboard.press("Escape")
    page.evaluate("document.activeElement.blur()")
    for chord in ("Alt+j", "Control+m", "Meta+s", "Alt+Shift+?", "Control+c"):
        page.keyboard.press(chord)
    assert page.get_attribute("html", "data-reading-mode") == "side"
    assert page.get_attribute("html", "data-columns-swapped") == "false"
    assert not page.is_visible("dialog[data-shortcuts]")
    assert "#" not in page.url and page.url.endswith(f"/{ECONOMY}")
    assert targets(page) == []
