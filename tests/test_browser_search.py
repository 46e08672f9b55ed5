"""The site search in real Chromium over HTTP (the bundle: test_browser_offline.py; ranking quality:
test_search_relevance.py): one point of the search issue per test."""

from __future__ import annotations

import re

from conftest import DOCUMENT_ID, poll, recording_page
from search_support import RESULT_FIELDS, WORDS_IN, clause_numbers, open_search, search

ECONOMY = f"{DOCUMENT_ID}/economy/"


def test_one_result_per_clause_with_number_topic_chapter_and_marked_snippet(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    results = search(page, "hợp tác")
    numbers = clause_numbers(results)
    assert len(numbers) > 20 and len(numbers) == len(set(numbers)), numbers
    assert not any("full-text" in r["href"] for r in results)
    first = page.locator("[data-search-results] a").first
    assert re.fullmatch(r"Khoản \d+", first.locator(".statement-search__label").text_content())
    assert first.locator(".statement-search__topic").text_content().strip()
    assert re.match(r"\d+\. ", first.locator(".statement-search__context").text_content())
    assert "hợp tác" in [m.lower() for m in results[0]["marked"]], results[0]
    assert all(r["href"].startswith(site_url + f"{DOCUMENT_ID}/") for r in results[:len(numbers)])


def test_content_queries_put_clauses_before_pages(browser_page, site_url, document):
    """Every clause with the words of the query comes before the home, about, glossary and other pages."""
    page = browser_page
    page.goto(site_url)
    for query in ("Đối tác chiến lược", "Belarus", "hiệp định", "Liên hợp quốc"):
        with_phrase = {c.number for c in document.clauses if query.lower() in (c.text("vi") or "").lower()}
        results = search(page, query)
        first = clause_numbers(results[:len(with_phrase)])
        assert with_phrase and set(first) == with_phrase, (query, first, with_phrase)


def test_phrase_and_exact_accents_rank_first(browser_page, site_url):
    page = browser_page
    page.goto(site_url)
    assert clause_numbers(search(page, "trí tuệ nhân tạo"))[0] == 19
    assert clause_numbers(search(page, "phủ xanh mặt đất"))[0] == 26
    assert clause_numbers(search(page, "bo quy tac ung xu"))[0] == 35
    results = search(page, "Đông Nam Á")
    assert clause_numbers(results)[0] == 17 and "Đông Nam Á" in results[0]["marked"]


def test_unaccented_uppercase_and_decomposed_queries_give_the_same_results(browser_page, site_url):
    page = browser_page
    page.goto(site_url)
    expected = [r["href"] for r in search(page, "hợp tác giáo dục")]
    for variant in ("HỢP TÁC GIÁO DỤC", "hợp tác giáo dục".replace("ợ", "ợ")):
        assert [r["href"] for r in search(page, variant)] == expected, variant
    assert clause_numbers(search(page, "hop tac giao duc"))[0] == clause_numbers(
        [{"href": h} for h in expected])[0]


def test_only_the_unfinished_last_word_is_a_prefix(browser_page, site_url):
    page = browser_page
    page.goto(site_url)
    assert clause_numbers(search(page, "học bổ"))[0] == 23
    # Finished with a space, "bổ" is a whole word, and clause 23 has only "bổng".
    assert 23 not in clause_numbers(search(page, "học bổ "))[:1]


def test_synonyms_from_data_find_the_clause(browser_page, site_url):
    page = browser_page
    page.goto(site_url)
    results = search(page, "South China Sea")
    assert clause_numbers(results)[0] == 35 and results[0]["language"] is None
    assert "Biển Đông" in results[0]["marked"]
    page.goto(site_url + "en/")
    assert clause_numbers(search(page, "railway"))[0] == 22


def test_the_other_language_comes_after_the_readers_labelled_and_links_the_readers_page(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    # Words of the English text that no synonym group gives the Vietnamese pages (data/synonyms.yaml gives
    # "scholarships" and "học bổng" to both languages' pages: each finds clause 23 in the reader's language).
    results = search(page, "comprehensive and continuous")
    assert clause_numbers(results) == [23]
    assert results[0]["language"] == "en" and "Tiếng Anh" in results[0]["text"]
    # It links the segment that matched on the reader's page: the words are in segment 2 of clause 23.
    assert results[0]["href"] == site_url + f"{DOCUMENT_ID}/culture/#clause-23.2"
    assert results[0]["title"].startswith("Khoản 23"), "headed in the reader's language"
    assert page.locator("#statement-search-other").text_content() == "Tìm thấy trong bản dịch tiếng Anh"
    page.goto(site_url + f"en/{ECONOMY}")
    results = search(page, "tiến hành trao đổi chuyên gia")
    assert results[0]["href"] == site_url + f"en/{DOCUMENT_ID}/culture/#clause-23.2"
    assert results[0]["language"] == "vi" and "tiến hành trao đổi chuyên gia" in results[0]["marked"]
    # A query found in both languages lists the reader's language first, each clause once.
    results = search(page, "UNCLOS")
    assert all(r["language"] is None for r in results[:4]) and len(set(r["href"] for r in results)) == len(results)


def test_keyboard_slash_opens_arrows_move_enter_follows_escape_closes(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    page.keyboard.press("/")
    open_search(page)
    assert page.evaluate("document.activeElement.matches('[data-search-input]')")
    page.keyboard.type("tu phap", delay=5)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.closest('[data-search-results]') !== null")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.matches('[data-search-input]')")
    page.keyboard.press("Escape")
    assert not page.is_visible("[data-search-dialog]")
    assert second
    # "/" at once after Esc, before the browser has handed the focus back from the closed dialog's field,
    # opens the search again.
    page.keyboard.press("/")
    page.keyboard.press("Escape")
    page.keyboard.press("/")
    poll(page, "document.activeElement.matches('[data-search-input]')", what="the dialog open again, its field focused")
    # Enter in the field follows the first result; a clause on this very page is scrolled to and marked.
    page.keyboard.type("tránh đánh thuế", delay=5)
    # The segment is known once the records' texts have loaded (they come after the index): on a busy machine
    # that can take longer than the default wait.
    poll(page, "(document.querySelector('[data-search-results] a') || {}).hash === '#clause-13.4'", seconds=10,
         what=f"clause 13.4 first for {page.input_value('[data-search-input]')!r}")
    page.keyboard.press("Enter")
    poll(page, "location.hash === '#clause-13.4'")
    assert not page.is_visible("[data-search-dialog]")
    assert page.locator("article[data-clause='13']").evaluate("el => el.classList.contains('is-target')")


def test_slash_is_a_character_while_typing_in_a_field(browser_page, site_url):
    page = browser_page
    page.goto(site_url + ECONOMY)
    open_search(page)
    page.keyboard.type("11/5", delay=5)
    assert page.input_value("[data-search-input]") == "11/5"


def test_the_search_reads_the_page_language_and_is_labelled(browser_page, site_url):
    page = browser_page
    for path, language, title in (("", "vi", "Tìm trong Tuyên bố chung"), ("en/", "en", "Search the Joint Statement")):
        page.goto(site_url + path)
        assert page.get_attribute("[data-search-dialog]", "data-language") == language
        open_search(page)
        assert page.locator("#statement-search-title").text_content() == title
        page.keyboard.press("Escape")


def test_search_makes_no_request_to_another_host(browser_page, site_url):
    page = browser_page
    page.goto(site_url + f"en/{ECONOMY}")
    search(page, "trade")
    assert page.requests.foreign() == []


def test_the_word_tables_load_only_when_a_query_has_a_word_that_is_no_word_of_the_text(chromium, site_url):
    """Issue 38: Hunspell's real words and the synonym phrases' words (search/vi-words.js) are read only for a
    query word that is no word of the text. Words of the text request no word tables; "thuốc" (medicine, a real
    word the text lacks) loads them: while they load, the words of the text find their clauses and "thuốc" is not
    "corrected" to "thúc"; when they are in, the list is redone: clause 14 (dược phẩm) first, and the dialog says
    what it matched ("Tìm cả từ liên quan: dược phẩm"). (Service workers blocked: the worker's precache fetches every file, which is the offline
    tests' concern; here, what the page asks for.)"""
    with recording_page(chromium, service_workers="block") as page:
        held = []
        page.route("**/search/vi-words.js", lambda route: held.append(route))
        page.goto(site_url)
        open_search(page)
        tables = lambda: [url.rsplit("/", 1)[1] for url in page.requests.urls if url.endswith("-words.js")]  # noqa: E731
        search(page, "hợp tác")  # words of both indexes' texts (the English glossary gives the Vietnamese terms)
        assert tables() == []
        # Words of the Vietnamese text, which the English index (searched too) does not have: its own tables only.
        assert clause_numbers(search(page, "công nghiệp dược phẩm"))[0] == 14 and "vi-words.js" not in tables()
        page.fill("[data-search-input]", "công nghiệp thuốc")
        poll(page, lambda: held, what="search/vi-words.js requested")
        assert page.get_attribute("[data-search-dialog]", "data-search-words-loading") == "true"
        waiting = page.eval_on_selector_all("[data-search-results] a", RESULT_FIELDS)
        assert 14 in clause_numbers(waiting), "the words of the text still find their clauses"
        notes = page.eval_on_selector_all(".statement-search__note", "notes => notes.map(note => note.textContent)")
        assert not any("thúc" in note for note in notes), notes
        held[0].continue_()
        page.wait_for_selector(WORDS_IN, state="attached")
        results = search(page, "thuốc")
        assert clause_numbers(results)[0] == 14
        assert page.inner_text("[data-search-results] .statement-search__note") == "Tìm cả từ liên quan: dược phẩm"
        assert tables().count("vi-words.js") == 1, "loaded once"
        page.keyboard.press("Escape")
