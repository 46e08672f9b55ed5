"""The Share action (issue 23) in Chromium on a phone-sized screen: the share sheet gets the statement and the
clause as title, the clause's first words and its public share page; without `navigator.share` (headless
Linux Chromium has none, like desktop Firefox) the link is copied and the live region says so.

`navigator.share` is recorded by an init script that defines it, as on a phone."""

from __future__ import annotations

import pytest

from conftest import DOCUMENT_ID, poll, recording_page

PUBLIC = "https://vn-by-statement.github.io/joint-statement/"  # site_url in mkdocs.yml
ROOTS = {"vi": "", "en": "en/"}
CLAUSE_WORD = {"vi": "khoản", "en": "clause"}
ECONOMY = f"{DOCUMENT_ID}/economy/"
RECORD_SHARE = "window.shared = []; navigator.share = (data) => { window.shared.push(data); return Promise.resolve(); };"


def phone(chromium, share: bool, mode: str | None = None, **options):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True, **options)
    if share:
        context.add_init_script(RECORD_SHARE)
    if mode:
        context.add_init_script(f"localStorage.setItem('vn-by-statement.reading', JSON.stringify({{mode: '{mode}'}}))")
    return context


def press_share(page, number: int) -> None:
    """On a phone the clause's actions are behind its ⋯ toggle."""
    page.click(f"article[data-clause='{number}'] [data-clause-actions-toggle]")
    page.click(f"article[data-clause='{number}'] [data-share]")


def first_words(text: str, count: int = 8) -> str:
    return " ".join(text.split()[:count])


@pytest.mark.parametrize("language", ["vi", "en"])
def test_share_opens_the_share_sheet_with_the_clause(chromium, site_url, document, language):
    context = phone(chromium, share=True)
    page = context.new_page()
    page.goto(site_url + ROOTS[language] + ECONOMY)
    press_share(page, 14)
    (shared,) = poll(page, "window.shared.length && window.shared")
    clause = document.clause(14)
    assert shared["title"] == (f"{document.short_title.get(language)} – {CLAUSE_WORD[language]} 14: "
                               f"{clause.topic.get(language)}")
    assert shared["text"].startswith(first_words(clause.segments(language)[0]))
    assert len(shared["text"]) <= 120
    assert shared["url"] == f"{PUBLIC}{ROOTS[language]}s/{DOCUMENT_ID}/14.html"
    context.close()


@pytest.mark.parametrize("language, mode", [("vi", "vi"), ("en", "en")])
def test_share_from_the_segment_popover_names_the_segment(chromium, site_url, document, language, mode):
    context = phone(chromium, share=True, mode=mode)
    page = context.new_page()
    page.goto(site_url + ROOTS[language] + ECONOMY)
    page.click(f"article[data-clause='14'] [data-column='{mode}'] [data-segment='14.2']")
    page.click("[data-segment-popover] [data-share-segment]")
    (shared,) = poll(page, "window.shared.length && window.shared")
    clause = document.clause(14)
    assert shared["title"] == (f"{document.short_title.get(language)} – {CLAUSE_WORD[language]} 14(2): "
                               f"{clause.topic.get(language)}")
    assert shared["text"].startswith(first_words(clause.segments(language)[1]))
    assert shared["url"] == f"{PUBLIC}{ROOTS[language]}s/{DOCUMENT_ID}/14.html#clause-14.2"
    context.close()


@pytest.mark.parametrize("language, said", [("vi", "Đã sao chép liên kết tới khoản 14"),
                                            ("en", "Link to clause 14 copied")])
def test_without_the_share_sheet_the_link_is_copied_and_said(chromium, site_url, language, said):
    context = phone(chromium, share=False, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + ROOTS[language] + ECONOMY)
    assert page.evaluate("typeof navigator.share") == "undefined"
    press_share(page, 14)
    poll(page, f"document.querySelector('[data-reading-status]').textContent.includes({said!r})")
    assert page.evaluate("navigator.clipboard.readText()") == f"{PUBLIC}{ROOTS[language]}s/{DOCUMENT_ID}/14.html"
    context.close()


def test_share_is_a_keyboard_reachable_button_named_in_the_page_language(chromium, site_url):
    with recording_page(chromium) as page:
        page.goto(site_url + ECONOMY)
        share = page.locator("article[data-clause='14'] [data-share]")
        assert share.evaluate("b => b.tagName") == "BUTTON" and share.is_visible()
        assert share.text_content() == "Chia sẻ: Khoản 14"  # the visible label, and which clause for screen readers
        share.focus()
        assert page.evaluate("document.activeElement.matches('[data-share]')")


def test_the_bundle_copies_the_public_link_from_file(chromium, bundle):
    with recording_page(chromium, offline=True, permissions=["clipboard-read", "clipboard-write"]) as page:
        page.goto((bundle / "en" / DOCUMENT_ID / "economy.html").resolve().as_uri())
        page.click("article[data-clause='14'] [data-share]")
        poll(page, "document.querySelector('[data-reading-status]').textContent.includes('Link to clause 14 copied')")
        assert page.evaluate("navigator.clipboard.readText()") == f"{PUBLIC}en/s/{DOCUMENT_ID}/14.html"


@pytest.mark.parametrize("fragment, landing, scripts", [("", "clause-14", True), ("#clause-14.2", "clause-14.2", True),
                                                        ("#clause-14.2", "clause-14", False)])
def test_a_shared_link_opens_the_chapter_page_at_the_clause_or_segment(chromium, site_url, fragment, landing, scripts):
    """What a friend's tap does: the share page forwards to the chapter page in its language, at the segment
    the link names (with script), at the clause (without: the refresh cannot carry a fragment)."""
    context = chromium.new_context(java_script_enabled=scripts)
    page = context.new_page()
    page.goto(f"{site_url}en/s/{DOCUMENT_ID}/14.html{fragment}")
    poll(page, lambda: page.url.endswith(f"/en/{ECONOMY}#{landing}"), what=f"forwarded to #{landing}: {page.url}")
    page.wait_for_load_state()
    assert page.locator(f"[id='{landing}']").count() == 1
    context.close()
