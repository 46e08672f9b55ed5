"""Search per language, without accents, in real Chromium over HTTP (the bundle has its own test)."""

from __future__ import annotations

import pytest

from conftest import DOCUMENT_ID
from search_support import search


def clause_numbers(results) -> set[int]:
    return {int(r["href"].rsplit("#clause-", 1)[1]) for r in results if "#clause-" in r["href"]}


@pytest.mark.parametrize("query", ["hop tac", "Hợp tác", "hợp tác", "HOP TAC"])
def test_vietnamese_query_with_or_without_accents_finds_hop_tac(browser_page, site_url, query):
    results = search(browser_page, query) if browser_page.goto(site_url) else None
    numbers = clause_numbers(results)
    assert numbers, results
    assert all("/en/" not in r["href"] for r in results)
    marked = " ".join(m for r in results for m in r["marked"]).lower()
    assert "hợp" in marked or "tác" in marked, "highlighting must mark the accented words"


def test_bien_dong_finds_the_east_sea_clause(browser_page, site_url):
    browser_page.goto(site_url + f"{DOCUMENT_ID}/preamble/")
    results = search(browser_page, "Bien Dong")
    assert 35 in clause_numbers(results)
    sea = [r for r in results if r["href"].endswith("#clause-35")][0]
    assert "Khoản 35" in sea["title"]
    assert "Biển Đông" in " ".join(sea["marked"]) or "Biển" in " ".join(sea["marked"])


def test_results_point_to_clause_anchors_on_chapter_pages(browser_page, site_url):
    browser_page.goto(site_url)
    results = search(browser_page, "UNCLOS")
    assert {32, 33, 34, 35} <= clause_numbers(results)
    assert not any("full-text" in r["href"] for r in results)


@pytest.mark.parametrize("query", ["agreement", "Agreement", "AGREEMENTS"])
def test_english_search_handles_case_and_plurals_and_stays_english(browser_page, site_url, query):
    browser_page.goto(site_url + "en/")
    results = search(browser_page, query)
    assert clause_numbers(results), results
    assert all("/en/" in r["href"] for r in results)


def test_english_page_does_not_return_vietnamese_results(browser_page, site_url):
    browser_page.goto(site_url + f"en/{DOCUMENT_ID}/sea/")
    assert search(browser_page, "hop tac") == []
    browser_page.goto(site_url + f"{DOCUMENT_ID}/sea/")
    assert search(browser_page, "cooperation") == []


def test_search_makes_no_request_to_another_host(browser_page, site_url):
    browser_page.goto(site_url + f"en/{DOCUMENT_ID}/economy/")
    search(browser_page, "trade")
    assert browser_page.requests.foreign() == []
