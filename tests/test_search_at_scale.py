"""The search of a large collection is built at build time and loaded serialised: the page builds no index
(issue 22, statement_core/search/index_build.py). The 10× corpus (10 documents, 380 clauses) crosses the same
threshold as the benchmark's 100× and takes the same code path; at 100× the build's image cards and share
pages alone would take minutes of `make test` (the bench measures 100×)."""

from __future__ import annotations

import pytest

from search_support import RESULT_FIELDS, clause_numbers, open_search, registered_index, registered_texts, search
from statement_core.search.index_build import SERIALISED_FROM
from statement_core.search.index_file import texts_file


@pytest.fixture(scope="module")
def large_site(collection_site):
    return collection_site  # ten documents (tests/conftest.py), built once for the run


def registered(site, language: str) -> dict:
    return registered_index((site / "search" / f"{language}.js").read_text(encoding="utf-8"), language)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_index_files_hold_the_compact_serialised_index(large_site, language):
    data = registered(large_site, language)
    assert len(data["records"]) >= SERIALISED_FROM
    index = data["index"]
    assert index["format"] == "compact-1" and index["documentCount"] == len(data["records"])
    assert len(index["terms"]) == len(index["postings"]) and all(isinstance(p, str) for p in index["postings"])
    assert data["words"] == sorted(data["words"])
    assert {"vi": "hop", "en": "imprisonment"}[language] in data["words"], "the words as written, folded"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_texts_come_apart_from_the_index_in_the_records_order(large_site, language):
    """Issue 30: the search is ready from the index; the texts, half the file, load after it."""
    data = registered(large_site, language)
    assert data["texts"] == texts_file(language)
    assert not any("text" in record for record in data["records"])
    texts = registered_texts((large_site / "search" / texts_file(language)).read_text(encoding="utf-8"), language)
    assert len(texts) == len(data["records"])
    prisoners = {"vi": "bị kết án phạt tù", "en": "Sentenced to Imprisonment"}[language]
    clause_25 = next(i for i, record in enumerate(data["records"]) if record["id"].endswith(":25"))
    assert prisoners in texts[clause_25]
    index_size = (large_site / "search" / f"{language}.js").stat().st_size
    assert sum(len(text.encode()) for text in texts) > index_size / 3, "the texts are a large part of the search"


def test_the_page_loads_the_serialised_indexes_and_searches_them(large_site, chromium):
    from statement_tools.browser import serve

    page = chromium.new_page()
    with serve(large_site, prefix="/joint-statement/") as url:
        page.goto(url + "en/")
        open_search(page)
        assert page.get_attribute("[data-search-dialog]", "data-search-indexes") == "serialised"
        results = search(page, "prisoners")
        assert 25 in clause_numbers(results)[:3]
        assert all(result["snippet"].strip() for result in results), "every result shows its snippet once the texts are in"
        assert results[0]["marked"], "the words it was found by are marked in the snippet"
        assert clause_numbers(search(page, "town twinning"))[0] == 29
    page.close()


def test_the_search_finds_and_ranks_before_the_texts_are_in(large_site, chromium):
    """A slow connection: the index is in, the texts are not. Results come, ranked as ever, without snippets;
    the snippets appear when the texts do."""
    from statement_tools.browser import serve

    page = chromium.new_page()
    held = []
    page.route("**/search/en-texts.js", lambda route: held.append(route))
    with serve(large_site, prefix="/joint-statement/") as url:
        page.goto(url + "en/")
        page.click("[data-search-open]")
        page.wait_for_selector("[data-search-dialog][data-search-ready]", state="attached")
        page.fill("[data-search-input]", "town twinning")
        page.wait_for_selector("[data-search-results] a")
        before = page.eval_on_selector_all("[data-search-results] a", RESULT_FIELDS)
        assert clause_numbers(before)[0] == 29
        assert not any(result["snippet"].strip() for result in before)
        assert page.get_attribute("[data-search-dialog]", "data-search-snippets") is None
        page.wait_for_timeout(100)
        held[0].continue_()
        page.wait_for_selector("[data-search-dialog][data-search-snippets]", state="attached")
        after = page.eval_on_selector_all("[data-search-results] a", RESULT_FIELDS)
        assert clause_numbers(after) == clause_numbers(before)
        assert "twinning" in " ".join(after[0]["marked"]).lower()
    page.close()
