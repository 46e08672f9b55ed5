"""Layout of the reading pages in real Chromium from 320 to 1920 px: clause heads that keep their width and
never overlap, targets big enough to hit, and the text on the first screen of a phone.

Few page loads: each page is loaded once and then resized, switched between reading modes and between a
mouse and a touch screen (CDP touch emulation, which is what makes `(pointer: coarse)` match) in place.
Every width on the whole-text pages, which hold every clause of the chapter pages in the same markup; every
other reading page at a phone's width and a desktop's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DOCUMENT_ID
from html_pages import LANGUAGE_PREFIX

LAYOUT_CHECKS = (Path(__file__).parent / "layout_checks.js").read_text(encoding="utf-8")
WIDTHS = (320, 360, 390, 414, 768, 1024, 1280, 1920)
TWO_WIDTHS = (390, 1280)  # the other pages: a phone (the first-screen check's) and a desktop
TOUCH_WIDTHS = (320, 390, 768, 1024)
PHONE_WIDTHS = tuple(width for width in WIDTHS if width < 720)  # statement.css: max-width 44.9375em
MODES = ("side", "vi", "en", "stacked")
TOUCH_TARGET = 44
FIRST_SCREEN = (390, 844)


def reading_pages(document) -> list[str]:
    return [f"{prefix}{DOCUMENT_ID}/{page}/" for prefix in LANGUAGE_PREFIX.values()
            for page in (*(chapter.id for chapter in document.chapters), "full-text")]


def set_mode(page, mode: str) -> None:
    page.evaluate("mode => document.documentElement.setAttribute('data-reading-mode', mode)", mode)


def expand_toggles(page, expanded: bool) -> None:
    page.evaluate("""expanded => document.querySelectorAll('[aria-expanded]').forEach(
                         toggle => toggle.setAttribute('aria-expanded', String(expanded)))""", expanded)


def first_line_bottom(page) -> float:
    """Bottom of the first line of the first clause's first visible column, from the top of the page."""
    return page.evaluate("""() => {
        const columns = [...document.querySelector('.clause').querySelectorAll('[data-column]')]
            .filter(c => c.offsetParent !== null)
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        const range = document.createRange();
        range.selectNodeContents(columns[0].querySelector('.clause__body'));
        return range.getClientRects()[0].bottom + window.scrollY; }""")


def phone_column_order(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelector('.clause').querySelectorAll('[data-column]')]
        .filter(c => c.offsetParent !== null)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map(c => c.dataset.column)""")


def test_reading_pages_lay_out_at_every_width_mode_and_pointer(chromium, site_url, document):
    context = chromium.new_context(viewport={"width": WIDTHS[0], "height": 844})
    page = context.new_page()
    touch = context.new_cdp_session(page)
    problems: list[str] = []
    checked = 0

    def check(where: str, phone: bool, primary_size: int = 0) -> None:
        nonlocal checked
        checked += 1
        problems.extend(f"{where}: {problem}" for problem in
                        page.evaluate(LAYOUT_CHECKS, {"phone": phone, "primarySize": primary_size}))

    for url in reading_pages(document):
        language = "en" if url.startswith("en/") else "vi"
        swept = url.endswith("/full-text/")
        widths = WIDTHS if swept else TWO_WIDTHS
        page.set_viewport_size({"width": widths[0], "height": 844})
        page.goto(site_url + url)
        # Layout, not motion: the theme animates its search box's width when a breakpoint is crossed, and
        # mid-transition it reaches past the right edge.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
        for width in widths:
            phone = width in PHONE_WIDTHS
            page.set_viewport_size({"width": width, "height": 844 if phone else 900})
            for mode in MODES:
                set_mode(page, mode)
                check(f"{url} {width}px {mode}", phone)
            set_mode(page, "side")
            if phone:
                assert phone_column_order(page) == [language, "en" if language == "vi" else "vi"], (url, width)
                expand_toggles(page, True)
                check(f"{url} {width}px, actions and modes unfolded", phone)
                expand_toggles(page, False)
            if width == FIRST_SCREEN[0]:
                for mode in MODES:
                    set_mode(page, mode)
                    bottom = first_line_bottom(page)
                    assert bottom <= FIRST_SCREEN[1], f"{url} {mode}: the text starts at {bottom:.0f} px"
                set_mode(page, "side")
        touch.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        assert page.evaluate("matchMedia('(pointer: coarse)').matches")
        for width in TOUCH_WIDTHS if swept else TWO_WIDTHS:
            page.set_viewport_size({"width": width, "height": 844})
            expand_toggles(page, True)
            check(f"{url} {width}px touch", width in PHONE_WIDTHS, TOUCH_TARGET)
            expand_toggles(page, False)
        touch.send("Emulation.setTouchEmulationEnabled", {"enabled": False})
    context.close()
    assert checked > 250
    assert problems == [], summary(problems)


def summary(problems: list[str]) -> str:
    """Each kind of problem once, with how often and where it was first seen."""
    kinds: dict[str, list[str]] = {}
    for problem in problems:
        where, _, what = problem.partition(": ")
        kinds.setdefault(what, []).append(where)
    return f"{len(problems)} problems:\n" + "\n".join(f"{len(places)}× {what} (first at {places[0]})"
                                                      for what, places in kinds.items())


@pytest.mark.parametrize("language", ["vi", "en"])
def test_phone_reader_toggles_modes_and_clause_actions(chromium, site_url, language):
    """On a phone the modes and a clause's actions fold behind toggles that work, and say so."""
    context = chromium.new_context(viewport={"width": 360, "height": 800}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/economy/")
    toggle = page.locator("[data-reading-modes-toggle]")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.is_visible("input[name='reading-mode'][value='vi']")
    toggle.tap()
    assert toggle.get_attribute("aria-expanded") == "true"
    page.locator("input[name='reading-mode'][value='stacked'] + span").tap()
    assert page.get_attribute("html", "data-reading-mode") == "stacked"
    name = "Chế độ đọc: Xếp chồng" if language == "vi" else "Reading mode: Stacked"
    assert page.get_by_role("button", name=name, exact=True).count() == 1
    page.reload()
    assert page.get_attribute("html", "data-reading-mode") == "stacked"

    actions = page.locator("article[data-clause='14'] [data-clause-actions-toggle]")
    name = "Các thao tác cho khoản 14" if language == "vi" else "Actions for clause 14"
    assert page.get_by_role("button", name=name, exact=True).get_attribute("aria-controls") == "clause-14-actions"
    citation = page.locator("article[data-clause='14'] [data-copy='citation']")
    assert not citation.is_visible()
    actions.tap()
    assert actions.get_attribute("aria-expanded") == "true" and citation.is_visible()
    citation.focus()
    page.keyboard.press("Escape")
    assert actions.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.hasAttribute('data-clause-actions-toggle')")
    context.close()
