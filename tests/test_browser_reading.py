"""Reading tools in real Chromium: modes, swap, persistence, citations, highlight, focus order, phones."""

from __future__ import annotations

import re

import pytest

from conftest import DOCUMENT_ID

ECONOMY = f"{DOCUMENT_ID}/economy/"


def visible_columns(page, number: int) -> list[str]:
    return page.eval_on_selector_all(
        f"article[data-clause='{number}'] [data-column]",
        """els => els.filter(e => e.offsetParent !== null)
                  .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top
                                  || a.getBoundingClientRect().left - b.getBoundingClientRect().left)
                  .map(e => e.dataset.column)""")


def choose_mode(page, mode: str) -> None:
    page.check(f"input[name='reading-mode'][value='{mode}']")


def test_without_javascript_the_page_reads_side_by_side(chromium, site_url):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.goto(site_url + ECONOMY)
    assert visible_columns(page, 14) == ["vi", "en"]
    boxes = [page.locator(f"article[data-clause='14'] [data-column='{c}']").bounding_box() for c in ("vi", "en")]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"]
    assert not page.is_visible("[data-reading-tools]")
    context.close()


@pytest.mark.parametrize("mode, expected", [("vi", ["vi"]), ("en", ["en"]), ("stacked", ["vi", "en"]),
                                            ("side", ["vi", "en"])])
def test_each_mode_shows_what_it_says(browser_page, site_url, mode, expected):
    page = browser_page
    page.goto(site_url + ECONOMY)
    if mode == "side":
        choose_mode(page, "vi")  # side is the default: leave it first so choosing it is a change
        page.locator("[data-reading-status]", has_text=re.compile(r"\S")).wait_for()
    choose_mode(page, mode)
    assert visible_columns(page, 14) == expected
    boxes = [page.locator(f"article[data-clause='14'] [data-column='{c}']").bounding_box() for c in expected]
    if mode == "stacked":
        assert boxes[0]["y"] + boxes[0]["height"] <= boxes[1]["y"] + 1
    if mode == "side":
        assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2
    status = page.locator("[data-reading-status]")
    status.wait_for(state="attached")
    page.locator("[data-reading-status]", has_text=re.compile(r"\S")).wait_for()
    assert "Chế độ đọc" in status.text_content()


def test_swap_reverses_columns_and_mode_persists_across_pages_and_reloads(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.click("[data-swap-columns]")
    assert page.get_attribute("[data-swap-columns]", "aria-pressed") == "true"
    assert visible_columns(page, 14) == ["en", "vi"]
    choose_mode(page, "stacked")
    page.reload()
    assert page.get_attribute("html", "data-reading-mode") == "stacked"
    assert page.is_checked("input[name='reading-mode'][value='stacked']")
    assert visible_columns(page, 14) == ["en", "vi"]
    page.goto(site_url + f"en/{DOCUMENT_ID}/sea/")
    assert page.get_attribute("html", "data-reading-mode") == "stacked"
    assert page.get_attribute("[data-swap-columns]", "aria-pressed") == "true"


def test_modes_work_by_keyboard(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.focus("input[name='reading-mode'][value='side']")
    page.keyboard.press("ArrowRight")
    assert page.get_attribute("html", "data-reading-mode") == "vi"
    page.keyboard.press("ArrowRight")
    assert page.get_attribute("html", "data-reading-mode") == "en"


def test_copy_citation_puts_the_citation_on_the_clipboard(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{ECONOMY}")
    page.click("article[data-clause='14'] [data-copy='citation']")
    clipboard = page.evaluate("navigator.clipboard.readText()")
    # The Cite dialog's short form, then the clause's address: one short citation (statement_core.formatting).
    assert clipboard.startswith("Joint Statement VN–BY Strategic Partnership (Minsk, 12 May 2025), cl. 14 — ")
    assert clipboard.endswith(f"/en/{ECONOMY}#clause-14")
    page.locator("[data-reading-status]", has_text="14").wait_for()
    assert "Citation of clause 14 copied" in page.text_content("[data-reading-status]")
    assert "is-copied" in page.get_attribute("article[data-clause='14'] [data-copy='citation']", "class")


def test_copy_text_copies_the_chosen_languages(browser_page, site_url, document):
    page = browser_page
    page.goto(site_url + ECONOMY)
    choose_mode(page, "en")
    page.click("article[data-clause='14'] [data-clause-more-toggle]")  # on a desktop, among the more actions
    page.click("article[data-clause='14'] [data-copy='text']")
    english_only = page.evaluate("navigator.clipboard.readText()")
    assert document.clause(14).text("en")[:60] in " ".join(english_only.split())
    assert document.clause(14).text("vi")[:40] not in english_only
    choose_mode(page, "side")
    page.click("article[data-clause='14'] [data-clause-more-toggle]")
    page.click("article[data-clause='14'] [data-copy='text']")
    both = " ".join(page.evaluate("navigator.clipboard.readText()").split())
    assert document.clause(14).text("vi")[:40] in both and document.clause(14).text("en")[:40] in both


def test_linking_to_a_clause_highlights_it_in_view(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{ECONOMY}#clause-14")
    clause = page.locator("article[data-clause='14']")
    assert "is-target" in clause.get_attribute("class")
    background = clause.evaluate("e => getComputedStyle(e).backgroundColor")
    other = page.locator("article[data-clause='15']").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != other
    box = page.locator("#clause-14").bounding_box()
    assert 0 <= box["y"] < 900


def test_language_switch_keeps_the_clause(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"{ECONOMY}#clause-16")
    href = page.get_attribute("a.md-select__link[hreflang='en']", "href")
    assert href.endswith("#clause-16")
    page.goto(page.evaluate("h => new URL(h, location.href).href", href))
    assert page.url.endswith(f"/en/{ECONOMY}#clause-16")
    assert "is-target" in page.get_attribute("article[data-clause='16']", "class")


def test_tab_order_through_a_clause_row(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.focus("article[data-clause='13'] a.clause__number")
    order = []
    for _ in range(17):
        page.keyboard.press("Tab")
        order.append(page.evaluate("""() => { const e = document.activeElement;
            return (e.closest('article') ? e.closest('article').dataset.clause + ':' : '') +
                   (e.dataset.copy || (e.dataset.cite ? 'cite' : '') || (e.dataset.share ? 'share' : '') ||
                    ('clauseMoreToggle' in e.dataset ? 'more' : '') || (e.dataset.listen ? 'listen' : '') ||
                    (e.tagName === 'ABBR' ? 'gloss' : '') ||
                    (e.dataset.segment ? 'segment ' + e.dataset.segment : '') ||
                    (e.classList.contains('chip__link') ? 'chip' : '') || e.tagName); }"""))
    # Row order: the primary tools (copy citation, cite, share, listen), the ⋯ of the more actions (folded, so
    # its list is skipped), the text's one tab stop (its first segment; arrow keys go on), the glossary terms in
    # the text (Vietnamese, then English), agreement chips, press.
    assert order[:6] == ["13:citation", "13:cite", "13:share", "13:listen", "13:more", "13:segment 13.1"]
    assert order[6:12] == ["13:gloss"] * 6
    assert order[12:15] == ["13:chip"] * 3
    assert order[15] == "13:SUMMARY"


def test_agreement_card_shows_on_focus(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{DOCUMENT_ID}/sea/")
    chip = page.locator("article[data-clause='32'] .chip__link").first
    card = page.locator("article[data-clause='32'] .chip__card").first
    assert not card.is_visible()
    chip.focus()
    assert card.is_visible()
    assert "Also cited in: clauses 33, 34, 35" in card.text_content()
    page.keyboard.press("Escape")
    assert not card.is_visible()


def test_phone_stacks_the_readers_language_first_without_horizontal_scroll(chromium, site_url):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for url in ("", ECONOMY, f"en/{ECONOMY}", "timeline/", f"en/{DOCUMENT_ID}/full-text/"):
        page.goto(site_url + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
        if "economy" in url:
            assert visible_columns(page, 14) == (["en", "vi"] if url.startswith("en/") else ["vi", "en"])
    context.close()


def test_glossary_expansion_shows_on_hover_and_on_keyboard_focus(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{DOCUMENT_ID}/sea/")
    term = page.locator("article[data-clause='32'] [data-column='en'] abbr.gloss").first
    tooltip = page.locator(".md-tooltip2--active")
    term.focus()
    tooltip.wait_for(state="visible")
    assert tooltip.text_content().strip() == "United Nations Convention on the Law of the Sea"
    page.mouse.move(0, 0)
    page.locator("article[data-clause='35'] [data-column='vi'] abbr.gloss", has_text="DOC").hover()
    page.locator(".md-tooltip2--active", has_text="Biển Đông").wait_for(state="visible")


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_page_asks_for_no_sitemap_as_it_loads(browser_page, site_url, prefix):
    """Material's script fetches and parses the sitemap next to every link whose rel is exactly "alternate";
    at a hundred documents that held the page's main thread for 150-200 ms after it loaded (issue 30: the
    search opened then was ready late). Our language links need no sitemap."""
    page = browser_page
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url))
    page.goto(site_url + prefix + ECONOMY)
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("statement-search.js") for url in loaded)
    assert not [url for url in loaded if "sitemap" in url]


def test_our_scripts_are_three_bundles_sharing_no_globals_but_the_data_registries(browser_page, site_url):
    """The reading pages' behaviour is one bundled script (overrides/reader/), beside the search's and the
    offline status's; after every feature has run (Cite and search opened), the only globals of ours are the
    data registries that file:// needs, the citation data and the search indexes (issue 24)."""
    page = browser_page
    page.goto(site_url + ECONOMY)
    ours = page.eval_on_selector_all("script[src]", "els => els.map(e => new URL(e.src).pathname)"
                                                    ".filter(p => !/bundle\\.[0-9a-f]+\\.min\\.js$/.test(p))")
    assert [path.rsplit("/", 1)[-1] for path in ours] == ["statement-reader.js", "statement-search.js",
                                                           "statement-offline.js"]
    page.click("article[data-clause='13'] [data-cite='13']")
    page.locator("[data-cite-styles]").wait_for(state="visible")
    page.keyboard.press("Escape")
    page.keyboard.press("/")
    page.locator("[data-search-dialog][data-search-ready]").wait_for(state="attached")
    globals_of_ours = page.evaluate("Object.keys(window).filter(name => /^statement/i.test(name))")
    assert sorted(globals_of_ours) == ["statementCitations", "statementSearchIndexes"]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_cite_dialog_loads_only_its_documents_references(browser_page, site_url, prefix):
    """Issue 30: the Cite dialog's data is one script per document (assets/citations/<document id>.js), so a
    reading page loads its own document's references, not every document's (17 MB per language at 100×)."""
    page = browser_page
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url))
    page.goto(site_url + prefix + ECONOMY)
    page.click("article[data-clause='13'] [data-cite='13']")
    page.locator("[data-cite-styles]").wait_for(state="visible")
    citation_data = [url for url in loaded if "/assets/citations" in url]
    assert citation_data == [f"{site_url}{prefix}assets/citations/{DOCUMENT_ID}.js"]
    assert "13" in page.locator("[data-cite-subject]").text_content()
    page.keyboard.press("Escape")
