"""Search never leaves a reader empty-handed (issue 22), in real Chromium over HTTP: a query with a word the
text does not use still lists the clause, readers' words find the text's, and a query that matches nothing
offers the chapter list and the glossary."""

from __future__ import annotations

import pytest

from search_support import clause_numbers, open_search, search

PARTIAL_HEADING = "#statement-search-partial"


def test_an_english_query_with_a_word_the_text_does_not_use_still_lists_the_clause(browser_page, site_url):
    page = browser_page
    page.goto(site_url + "en/")
    assert 25 in clause_numbers(search(page, "prisoners"))[:3], "prison(ers) inside 'imprisonment'"
    assert clause_numbers(search(page, "town twinning"))[0] == 29
    assert clause_numbers(search(page, "farm products"))[0] == 15
    assert clause_numbers(search(page, "bank payments"))[0] == 16


def test_records_with_only_some_words_are_headed_as_such_in_the_readers_language(browser_page, site_url):
    page = browser_page
    page.goto(site_url + "en/")
    results = search(page, "twinning zebras")
    assert clause_numbers(results)[0] == 29
    assert page.locator(PARTIAL_HEADING).text_content() == "Matching only some of the words"
    assert page.locator("[data-search-status]").text_content().startswith("No result has every word of “twinning zebras”")
    assert page.get_attribute(f"{PARTIAL_HEADING} + ol", "aria-labelledby") == "statement-search-partial"
    page.goto(site_url)
    assert clause_numbers(search(page, "học bổng zzz"))[0] == 23
    assert page.locator(PARTIAL_HEADING).text_content() == "Chỉ khớp một số từ"


def test_everyday_vietnamese_finds_the_official_wording(browser_page, site_url):
    page = browser_page
    page.goto(site_url)
    assert clause_numbers(search(page, "du hoc sinh"))[0] == 23
    assert clause_numbers(search(page, "bộ đội"))[0] == 11


def test_a_query_that_matches_nothing_says_so_and_offers_the_chapter_list_and_glossary(browser_page, site_url):
    page = browser_page
    for home, status, links in (
            ("", "Không có kết quả cho “zzqx”.", [("Mục lục", ""), ("Thuật ngữ và chữ viết tắt", "glossary/")]),
            ("en/", "No results for “zzqx”.", [("Contents", "en/"), ("Glossary and acronyms", "en/glossary/")])):
        page.goto(site_url + home)
        assert search(page, "zzqx") == []
        assert page.locator("[data-search-status]").text_content() == status
        browse = page.locator("[data-search-browse]")
        assert browse.is_visible()
        found = browse.locator("a").evaluate_all("links => links.map(a => [a.textContent, a.href])")
        assert found == [[title, site_url + path] for title, path in links]
        page.fill("[data-search-input]", "hợp tác")
        assert not browse.is_visible(), "hidden again as soon as something matches"
        page.keyboard.press("Escape")


def test_the_small_collection_builds_its_index_in_the_page(browser_page, site_url):
    page = browser_page
    page.goto(site_url)
    open_search(page)
    assert page.get_attribute("[data-search-dialog]", "data-search-indexes") == "built"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_in_the_partial_and_nothing_found_states(chromium, site_url, scheme):
    from statement_tools.axe_audit import audit, blocking, rules_for

    context = chromium.new_context(viewport={"width": 360, "height": 800}, color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    problems = []
    for home, query in (("", "học bổng zzz"), ("", "zzqx"), ("en/", "twinning zebras"), ("en/", "zzqx"),
                        ("", "hoc bogn"), ("en/", "flu outbreaks")):  # issue 30: the corrected and related notes
        page.goto(site_url + home)
        search(page, query)
        problems += blocking(audit(page, f"search dialog, {home or 'vi'} {query!r} ({scheme})", rules_for(scheme)))
        page.keyboard.press("Escape")
    context.close()
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize(("home", "query", "note", "emphasised", "first"), [
    ("", "hoc bogn", "Hiển thị kết quả cho hoc bổng", "hoc bổng", 23),
    ("", "hang khogn", "Hiển thị kết quả cho hang không", "hang không", 22),
    ("en/", "logisitcs", "Showing results for logistics", "logistics", 14),
    ("en/", "outbreaks", "Also matching: epidemics", "epidemics", 31),
])
def test_the_dialog_says_which_corrected_or_related_word_it_searched(browser_page, site_url, home, query, note,
                                                                     emphasised, first):
    """Issue 30: a typo is searched as its correction and a reader's word as the text's related word, and the
    line above the results says so in the reader's language, the word emphasised as the text spells it."""
    page = browser_page
    page.goto(site_url + home)
    results = search(page, query)
    assert clause_numbers(results)[0] == first
    assert page.inner_text("[data-search-results] .statement-search__note") == note
    assert page.inner_text("[data-search-results] .statement-search__note em") == emphasised
    assert search(page, query.replace("bogn", "bổng").replace("khogn", "không").replace("logisitcs", "logistics")
                  .replace("outbreaks", "epidemics")) and not page.query_selector(".statement-search__note"), \
        "the words of the text themselves: no note"
    page.keyboard.press("Escape")
