"""The offline bundle, unzipped and opened from file:// as a reader would, with no network at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, recording_page
from search_support import clause_numbers, search


@pytest.fixture
def offline_page(chromium):
    with recording_page(chromium, offline=True) as page:
        yield page


def file_url(path: Path) -> str:
    return path.resolve().as_uri()


def test_bundle_is_a_small_self_contained_zip(bundle):
    assert (bundle / "index.html").exists() and (bundle / "en" / "index.html").exists()
    assert all((bundle / "search" / name).exists() for name in ("vi.js", "en.js", "vi-words.js", "en-words.js"))
    assert (bundle / "assets" / "javascripts" / "statement-search.js").exists()
    assert not (bundle / "assets" / "javascripts" / "lunr").exists(), "Material's search is replaced, not shipped"
    from statement_tools.site_checks import external_resources

    assert external_resources(bundle) == []


def test_bundle_has_no_service_worker_and_no_web_app_manifest(bundle):
    """Browsers run no service worker from file://: the bundle neither holds nor references one."""
    names = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*") if path.is_file()}
    assert not any(name == "sw.js" or name.startswith("workbox-v") or name.endswith(".webmanifest")
                   or name.startswith("assets/vendor/workbox-window") or name.startswith("assets/offline.")
                   for name in names)
    for path in bundle.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "sw.js" not in html and 'rel="manifest"' not in html and "offline.js" not in html, path


def test_navigation_both_languages_and_timeline_work_from_file(offline_page, bundle):
    page = offline_page
    page.goto(file_url(bundle / "index.html"))
    with page.expect_navigation():
        page.click("a.chapter-list__title >> nth=3")
    assert page.url.endswith(f"{DOCUMENT_ID}/economy.html")
    page.locator("article[data-clause='14']").wait_for(state="visible")
    href = page.get_attribute("a.md-select__link[hreflang='en']", "href")
    page.goto(page.evaluate("h => new URL(h, location.href).href", href))
    assert page.url.endswith(f"en/{DOCUMENT_ID}/economy.html")
    assert page.get_attribute("html", "lang") == "en"
    with page.expect_navigation():
        page.click("article[data-clause='13'] a.chip__link >> nth=0")
    assert "/en/timeline.html#agreement-economic-trade-1992" in page.url
    page.locator("#agreement-economic-trade-1992").wait_for(state="visible")
    assert [u for u in page.requests.urls if not u.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_reading_modes_work_from_file(offline_page, bundle):
    page = offline_page
    page.goto(file_url(bundle / DOCUMENT_ID / "sea.html"))
    page.check("input[name='reading-mode'][value='en']")
    assert page.locator("article[data-clause='35'] [data-column='vi']").is_hidden()
    assert page.locator("article[data-clause='35'] [data-column='en']").is_visible()


@pytest.mark.parametrize("start, query, clause, language", [
    ("index.html", "hop tac", None, "vi"),
    ("index.html", "Bien Dong", 35, "vi"),
    ("en/index.html", "agreement", 13, "en"),
    # Issue 38: a real word the text lacks, and a reader's word from WordNet, load the word tables from file://.
    ("index.html", "thuốc", 14, "vi"),
    ("en/index.html", "outbreaks", 31, "en"),
])
def test_search_in_both_languages_from_file(offline_page, bundle, start, query, clause, language):
    page = offline_page
    page.goto(file_url(bundle / start))
    results = search(page, query)
    hrefs = [r["href"] for r in results]
    assert hrefs, f"no results for {query!r}"
    assert all(h.startswith("file://") for h in hrefs)
    assert all(("/en/" in h) == (language == "en") for h in hrefs)
    if clause:
        assert clause in clause_numbers([{"href": h} for h in hrefs])
    assert [u for u in page.requests.urls if not u.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_cite_dialog_loads_its_data_and_copies_from_file(offline_page, bundle):
    """From file:// the dialog's data comes from a script file (fetch() of local JSON is blocked)."""
    page = offline_page
    page.goto(file_url(bundle / "en" / DOCUMENT_ID / "economy.html"))
    page.click("[data-cite='14']")
    page.locator("[data-cite-styles]").wait_for(state="visible")
    note = page.text_content("[data-cite-style='chicago-note'] [data-cite-text]")
    # The public address of the edition cited (issue 21: citations name the translation's current edition).
    assert "¶ 14" in note and note.endswith("/en/editions/4/#clause-14.")
    page.click("[data-cite-style='chicago-note'] [data-cite-copy]")
    page.locator("[data-cite-style='chicago-note'] .is-copied").wait_for()
    page.locator("[data-cite-status]", has_text="Copied").wait_for(state="attached")
    assert [u for u in page.requests.urls if not u.startswith(("file:", "data:", "blob:", "about:"))] == []
