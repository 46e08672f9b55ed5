"""Reading without a network on the web site (issue 16), in Chromium over http under the site's sub-path:
one visit keeps the whole reader; a newer build is offered and never swapped in on its own; and without
the service worker the same checks fail."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from conftest import DATA, DOCUMENT_ID, SITE_PATH, SOURCES, poll, recording_page, seeded_store
from search_support import search
from statement_core.formatting import human_size
from statement_core.site.offline import WORKER, precache_entries, precache_size

SAVE_SECONDS = 45  # generous: the first visit fetches ~100 files, on a machine busy with other tests
REVISED = "(revised in a later build)"
SEA = f"{DOCUMENT_ID}/sea/"
NBSP = "\u00a0"


def offline_state(page) -> str | None:
    return page.evaluate("(document.querySelector('[data-offline]') || {dataset: {}}).dataset.state || null")


def wait_until_saved(page) -> None:
    """Until the worker reports the precache complete (the status line says "saved")."""
    state = poll(page, lambda: offline_state(page) in ("saved", "failed") and offline_state(page),
                 SAVE_SECONDS, "the site saved for reading offline")
    assert state == "saved", "the site could not be saved for reading offline"


def open_from_cache(page, url: str):
    response = page.goto(url)
    assert response is not None and response.ok and response.from_service_worker, url
    return response


def read_without_network(page, base: str) -> None:
    """One visit to the home page, then everything a reader does with the network off."""
    first_visit = page.goto(base)
    assert first_visit is not None and first_visit.ok
    wait_until_saved(page)
    page.context.set_offline(True)
    open_from_cache(page, base + f"en/{SEA}")  # a chapter page of the other language, never visited
    assert page.get_attribute("html", "lang") == "en"
    assert "East Sea (DOC)" in page.text_content("article[data-clause='35'] [data-column='en']")
    open_from_cache(page, base + "timeline/")
    page.locator("#agreement-economic-trade-1992").wait_for(state="visible")
    open_from_cache(page, base + "glossary/")
    assert page.locator("article dl, article dt, .glossary").count() > 0
    open_from_cache(page, base + "downloads/")
    assert page.locator("table.downloads__table tbody tr").count() >= 5
    hrefs = [result["href"] for result in search(page, "Bien Dong")]
    assert any(re.search(r"#clause-35(\.\d+)?$", href) and "/en/" not in href for href in hrefs), hrefs
    hrefs = [result["href"] for result in search(page, "thuốc")]  # its word tables, search/vi-words.js, from the cache
    assert hrefs and re.search(r"#clause-14(\.\d+)?$", hrefs[0]), hrefs
    open_from_cache(page, base + "en/")
    hrefs = [result["href"] for result in search(page, "agreement")]
    assert hrefs and "/en/" in hrefs[0], hrefs  # the reader's language first
    open_from_cache(page, base + SEA)
    page.check("input[name='reading-mode'][value='en']")
    assert page.locator("article[data-clause='35'] [data-column='vi']").is_hidden()
    assert page.locator("article[data-clause='35'] [data-column='en']").is_visible()
    assert page.requests.foreign() == []


def test_one_visit_keeps_the_whole_reader_for_reading_offline(chromium, built_site, site_url):
    with recording_page(chromium, service_workers="allow") as page:
        read_without_network(page, site_url)
        wait_until_saved(page)  # offline too, the status line tells what is saved
        assert page.text_content("[data-offline-status]") == "Đã lưu để đọc không cần mạng: " \
            f"{human_size(precache_size(built_site)[0], 'vi').replace(' ', NBSP)}, phiên bản ngày 12/5/2025."


def test_a_page_opened_while_the_site_is_being_saved_reports_when_it_is_saved(chromium, site_url):
    """The reader moves on before the first install is complete: the next page follows it to the end."""
    with recording_page(chromium, service_workers="allow") as page:
        def slowly(route):
            time.sleep(2)  # one file of the precache arrives late: the install is still running
            route.continue_()

        page.context.route("**/downloads/statement.vi-en.tmx*", slowly)
        page.goto(site_url)
        poll(page, lambda: offline_state(page) == "saving", SAVE_SECONDS, "the first page saving the site")
        page.goto(site_url + "glossary/")
        assert offline_state(page) == "saving"
        wait_until_saved(page)


@pytest.fixture(scope="module")
def site_without_worker(built_site, tmp_path_factory):
    site = tmp_path_factory.mktemp("no-worker") / "site"
    shutil.copytree(built_site, site)
    (site / WORKER).unlink()
    from statement_tools.browser import serve

    with serve(site, prefix=SITE_PATH) as url:
        yield url


def test_the_same_checks_fail_without_the_worker(chromium, site_without_worker):
    """The checks above can fail: with sw.js gone, nothing is saved and the network-off visits fail."""
    with recording_page(chromium, service_workers="allow") as page:
        with pytest.raises(AssertionError, match="could not be saved"):
            read_without_network(page, site_without_worker)
        page.context.set_offline(True)
        with pytest.raises(PlaywrightError, match="ERR_INTERNET_DISCONNECTED"):
            page.goto(site_without_worker + f"en/{SEA}")


@pytest.fixture(scope="module")
def revised_site(tmp_path_factory, site_builder, site_build) -> Path:
    """The site built again, a day later, from data where clause 35's English topic has changed (its published
    English text cannot change without a new edition of the translation, issue 21)."""
    root = tmp_path_factory.mktemp("revised")
    data = root / "data"
    shutil.copytree(DATA, data)
    shutil.copytree(SOURCES, root / SOURCES.name)  # beside data/, as in the project: the official text
    chapter = data / DOCUMENT_ID / "chapters" / "sea.yaml"
    text = chapter.read_text(encoding="utf-8")
    assert text.count("Maritime security, DOC and COC") == 1
    chapter.write_text(text.replace("Maritime security, DOC and COC", f"Maritime security, DOC and COC {REVISED}"),
                       encoding="utf-8")
    site = root / "site"
    site_builder(site, store=seeded_store(site_build, root),
                 env={"STATEMENT_DATA_DIR": str(data), "STATEMENT_PDF": "0", "SOURCE_DATE_EPOCH": "1747094400"})
    return site


def offer(page) -> str:
    """The notice of a newer version, once it is shown with its text (set just after it appears)."""
    return page.is_visible("[data-offline-update]") and page.text_content("[data-offline-update-text]")


def precache_keys(page) -> dict[str, list[str]]:
    """Every cache of this origin and the URLs it holds, as the page's own Cache Storage shows them."""
    return page.evaluate("""async () => {
        const found = {};
        for (const name of await caches.keys()) {
            found[name] = (await (await caches.open(name)).keys()).map(request => request.url);
        }
        return found;
    }""")


def test_a_new_build_is_offered_and_after_reloading_replaces_the_old_one(chromium, built_site, revised_site, tmp_path):
    from statement_tools.browser import serve

    root = tmp_path / "pages"
    root.mkdir()
    served = root / SITE_PATH.strip("/")
    served.symlink_to(built_site)
    with serve(root) as origin, recording_page(chromium, bypass_csp=True, service_workers="allow") as page:  # CSP: for axe only
        base = origin + SITE_PATH.lstrip("/")
        page.goto(base + f"en/{SEA}")
        wait_until_saved(page)
        clause = "article[data-clause='35'] .clause__topic"
        assert REVISED not in page.text_content(clause)

        replacement = root / "next"  # publish the new build: the same URL now serves it
        replacement.symlink_to(revised_site)
        os.replace(replacement, served)
        page.goto(base + "en/glossary/")  # a navigation: the browser checks for a new worker
        poll(page, lambda: offer(page), SAVE_SECONDS, "the offer of the new version")
        assert offer(page) == "A newer version of the site is available (13 May 2025)."
        from statement_tools.axe_audit import audit

        assert audit(page, "the offer of a new version") == []  # every impact, minor ones included

        open_from_cache(page, base + f"en/{SEA}")  # until the reader accepts, the old build, whole
        assert REVISED not in page.text_content(clause)
        poll(page, lambda: offer(page), SAVE_SECONDS, "the offer on the next page")
        page.click("[data-offline-reload]")
        poll(page, lambda: REVISED in (page.text_content(clause) or ""), SAVE_SECONDS, "the new text after reloading")
        wait_until_saved(page)
        assert "13 May 2025" in page.text_content("[data-offline-status]")

        caches = precache_keys(page)
        precaches = [name for name in caches if "-precache-" in name]
        assert len(precaches) == 1, caches
        expected = {f"{base}{entry['url']}?__WB_REVISION__={entry['revision']}" for entry in precache_entries(revised_site)}
        assert set(caches[precaches[0]]) == expected  # the old build's entries are gone, the new one's complete
