"""The search of a large collection is built at build time and loaded serialised: the page builds no index
(issue 22, statement_core/search/index_build.py). The 10× corpus (10 documents, 380 clauses) crosses the same
threshold as the benchmark's 100× and takes the same code path; at 100× the build's image cards and share
pages alone would take minutes of `make test` (the bench measures 100×)."""

from __future__ import annotations

import pytest

from conftest import build_copies_site
from search_support import clause_numbers, open_search, registered_index, search
from statement_core.search.index_build import SERIALISED_FROM

COPIES = 10


@pytest.fixture(scope="module")
def large_site(tmp_path_factory):
    return build_copies_site(tmp_path_factory.mktemp("large"), COPIES)


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


def test_the_page_loads_the_serialised_indexes_and_searches_them(large_site, chromium):
    from browser import serve

    page = chromium.new_page()
    with serve(large_site, prefix="/joint-statement/") as url:
        page.goto(url + "en/")
        open_search(page)
        assert page.get_attribute("[data-search-dialog]", "data-search-indexes") == "serialised"
        assert 25 in clause_numbers(search(page, "prisoners"))[:3]
        assert clause_numbers(search(page, "town twinning"))[0] == 29
    page.close()
