"""Printing a web page (docs/assets/print.css) in real Chromium: A4, only the text, rows kept whole, and the
reading mode chosen on screen decides what is printed."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from conftest import DOCUMENT_ID, ROOT

PRINT_CSS = ROOT / "docs" / "assets" / "print.css"
POLITICS = f"{DOCUMENT_ID}/politics/"
A4 = (595.28, 841.89)
CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".statement-search",
          ".reading-tools", ".clause__tools", ".chip__card", ".md-top"]


@pytest.fixture
def printed(browser_page, site_url):
    """Open a page as print media with print.css, in a reading mode; mkdocs.yml may not list it yet."""
    def open_page(path: str, mode: str = "side"):
        page = browser_page
        page.goto(site_url + path)
        page.evaluate("mode => document.documentElement.setAttribute('data-reading-mode', mode)", mode)
        if "print.css" not in page.content():
            page.add_style_tag(path=str(PRINT_CSS))
        page.emulate_media(media="print")
        return page
    return open_page


def _boxes(page, number: int) -> dict[str, dict | None]:
    return {column: page.locator(f"article[data-clause='{number}'] [data-column='{column}']").bounding_box()
            for column in ("vi", "en")}


def test_chapter_prints_on_a4_with_text_on_every_page_and_no_urls(printed, document):
    page = printed(POLITICS)
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(pdf.pages) >= 2
    texts = [p.extract_text() for p in pdf.pages]
    for number, (pdf_page, text) in enumerate(zip(pdf.pages, texts), start=1):
        size = (float(pdf_page.mediabox.width), float(pdf_page.mediabox.height))
        assert size == pytest.approx(A4, abs=1), (number, size)
        assert len(text.strip()) > 100, f"page {number} is (nearly) blank"
    everything = "\n".join(texts)
    assert not re.search(r"https?://", everything), "a link's address was printed"
    for number in document.chapter("politics").clause_numbers:
        assert f"Khoản {number}" in everything


def test_site_chrome_and_controls_do_not_print(printed):
    page = printed(f"en/{POLITICS}")
    for selector in CHROME:
        assert all(not element.is_visible() for element in page.query_selector_all(selector)), selector
    assert page.locator("h1").first.is_visible()


def test_rows_are_kept_together_and_headings_stay_with_their_text(printed):
    page = printed(POLITICS)
    assert page.eval_on_selector(".clause", "e => getComputedStyle(e).breakInside") == "avoid"
    assert page.eval_on_selector(".clause__heading", "e => getComputedStyle(e).breakAfter") == "avoid"
    link = page.eval_on_selector(".chip__link", "e => [getComputedStyle(e).display, getComputedStyle(e).backgroundColor]")
    assert link == ["inline", "rgba(0, 0, 0, 0)"], "agreement chips print as plain text"


@pytest.mark.parametrize("mode", ["side", "stacked", "vi", "en"])
def test_the_reading_mode_decides_what_prints(printed, mode):
    page = printed(POLITICS, mode)
    boxes = _boxes(page, 6)
    shown = [column for column, box in boxes.items() if box]
    assert shown == {"side": ["vi", "en"], "stacked": ["vi", "en"], "vi": ["vi"], "en": ["en"]}[mode]
    if mode == "side":
        assert abs(boxes["vi"]["y"] - boxes["en"]["y"]) < 2 and boxes["vi"]["x"] < boxes["en"]["x"]
    if mode == "stacked":
        assert boxes["vi"]["y"] + boxes["vi"]["height"] <= boxes["en"]["y"] + 1


def test_dark_scheme_prints_dark_text_on_white(printed):
    page = printed(POLITICS)
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    colours = page.eval_on_selector(".clause__body", "e => [getComputedStyle(e).color, "
                                    "getComputedStyle(document.body).backgroundColor]")
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]
