"""Suggest a correction (issue 31) in Chromium, on a phone (360 px, touch, behind the clause's ⋯) and a desktop
(1280 px, in the ⋯ menu of more actions), in both languages: the prefilled issue form's address carries the
segment, the edition and the current English (its query parsed with urllib); nothing is requested from
another host until the reader follows a link; offline, copying and e-mail come first and carry the same
fields; the segment popover offers it too; axe finds nothing with the menu or the dialog open."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import DOCUMENT_ID, poll
from statement_core.corrections import ISSUE_FORM
from statement_core.labels import label

ECONOMY = f"{DOCUMENT_ID}/economy/"
ROOTS = {"vi": "", "en": "en/"}
REPOSITORY_PATH = "/vn-by-statement/joint-statement/issues/new"  # mkdocs.yml extra.statement.repository
WIDTHS = (360, 1280)


def words(text: str) -> str:
    return " ".join(text.split())


def new_context(chromium, width: int, **options):
    phone = width < 600
    context = chromium.new_context(viewport={"width": width, "height": 800}, has_touch=phone, is_mobile=phone,
                                   permissions=["clipboard-read", "clipboard-write"], **options)
    context.set_default_timeout(5000)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    # A followed link's page must not reach GitHub from a test: answer it here, and keep its address.
    context.route("https://github.com/**", lambda route: route.fulfill(status=200, body="issue form",
                                                                      content_type="text/plain"))
    context.requests = requests
    return context


def open_suggestion(page, width: int, clause: int) -> None:
    """On a phone the actions are behind the clause's ⋯ toggle; on a desktop the suggestion is in the ⋯ menu."""
    toggle = "[data-clause-actions-toggle]" if width < 600 else "[data-clause-more-toggle]"
    page.click(f"article[data-clause='{clause}'] {toggle}")
    page.click(f"article[data-clause='{clause}'] [data-suggest]")
    poll(page, "document.querySelector('dialog[data-suggest-dialog]').open", what="the dialog opens")


def choices(page) -> list[str]:
    return page.eval_on_selector_all("[data-suggest-choices] > li", "items => items.map(i => i.dataset.suggestChoice)")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_suggestion_opens_a_prefilled_issue_form(chromium, site_url, document, language, width):
    context = new_context(chromium, width)
    page = context.new_page()
    page.goto(site_url + ROOTS[language] + ECONOMY + "#clause-14.2")
    open_suggestion(page, width, 14)
    assert page.input_value("[data-suggest-segment]") == "14.2"  # the segment the address names
    # The list names each segment by its beginning in the dialog's language, not always the English.
    option = words(page.text_content("[data-suggest-segment] option[value='14.2']"))
    beginning = " ".join(words(document.clause(14).segments(language)[1]).split(" ")[:4])
    assert option.startswith(label(language, "suggest_segment_option", locator="14(2)", words=beginning)), option
    assert choices(page) == ["form", "email", "copy"]  # online: the form first
    assert page.is_hidden("[data-suggest-offline]")
    segment = document.clause(14).segment(2)
    assert words(page.text_content("[data-suggest-current]")) == words(segment.text)
    page.fill("[data-suggest-wording]", "The two sides stand ready to promote …")
    page.fill("[data-suggest-reason]", "“sẵn sàng” is ready, & more")
    assert not [url for url in context.requests if "github.com" in url]  # nothing leaves before the reader follows
    with context.expect_page() as opened:
        page.click("[data-suggest-form]")
    address = urlsplit(opened.value.url)
    query = parse_qs(address.query, strict_parsing=True)
    assert (address.scheme, address.netloc, address.path) == ("https", "github.com", REPOSITORY_PATH)
    assert query["template"] == [ISSUE_FORM]
    assert query["segment"] == ["14.2"] and query["edition"] == [str(document.current_edition.number)] == ["4"]
    assert query["current"] == [words(segment.text)]
    assert query["vietnamese"] == [words(document.clause(14).segments("vi")[1])]
    assert query["suggestion"] == ["The two sides stand ready to promote …"]
    assert query["reason"] == ["“sẵn sàng” is ready, & more"]
    assert query["title"] == [label(language, "suggest_issue_title", locator="14(2)")]
    assert len(opened.value.url) < 8000
    assert not page.evaluate("document.querySelector('dialog[data-suggest-dialog]').open")
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_offline_the_suggestion_is_copied_or_sent_by_email(chromium, site_url, document, language, width):
    context = new_context(chromium, width)
    page = context.new_page()
    page.goto(site_url + ROOTS[language] + ECONOMY)
    context.set_offline(True)
    page.focus("article[data-clause='13'] [data-segment='13.3']")  # the reader was on segment 13.3
    open_suggestion(page, width, 13)
    assert page.input_value("[data-suggest-segment]") == "13.3"
    assert choices(page) == ["copy", "email", "form"] and page.is_visible("[data-suggest-offline]")
    current = words(document.clause(13).segment(3).text)
    mail = urlsplit(page.get_attribute("[data-suggest-email]", "href"))
    fields = parse_qs(mail.query)
    assert mail.scheme == "mailto" and "@" in mail.path
    assert fields["subject"] == [label(language, "suggest_issue_title", locator="13(3)")]
    body = fields["body"][0]
    assert f"{label(language, 'suggest_field_segment')}: 13.3" in body and current in body
    assert f"{label(language, 'suggest_field_edition')}: 4" in body
    page.click("[data-suggest-copy]")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(label(language, "suggest_issue_title", locator="13(3)"))
    assert body in copied
    public = f"https://vn-by-statement.github.io/joint-statement/{ROOTS[language]}{ECONOMY}#clause-13.3"
    assert public in copied  # the public address, wherever the page was read
    page.locator("[data-reading-status]", has_text="13(3)").wait_for()
    context.close()


def test_the_segment_popover_suggests_a_correction_of_its_segment(chromium, site_url, document):
    context = new_context(chromium, 360)
    context.add_init_script("localStorage.setItem('vn-by-statement.reading', JSON.stringify({mode: 'vi'}))")
    page = context.new_page()
    page.goto(site_url + ECONOMY)
    page.tap("article[data-clause='15'] [data-column='vi'] [data-segment='15.2']")
    page.click("[data-segment-popover] [data-suggest-popover]")
    poll(page, "document.querySelector('dialog[data-suggest-dialog]').open", what="the dialog opens")
    assert page.input_value("[data-suggest-segment]") == "15.2"
    assert words(page.text_content("[data-suggest-current]")) == words(document.clause(15).segment(2).text)
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.segment") == "15.2"  # back where the reader was
    context.close()


def test_the_desktop_menu_keeps_its_order_and_folds_with_escape(chromium, site_url):
    context = new_context(chromium, 1280)
    page = context.new_page()
    page.goto(site_url + "en/" + ECONOMY)
    clause = "article[data-clause='14']"
    visible = page.eval_on_selector_all(f"{clause} .clause__tools button",
                                        "buttons => buttons.filter(b => b.offsetParent).map(b => b.className)")
    assert visible == ["clause__tool"] * 4 + ["clause__more-toggle"]  # the more actions wait behind ⋯
    toggle = page.locator(f"{clause} [data-clause-more-toggle]")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and page.is_visible(f"{clause} [data-suggest]")
    page.keyboard.press("Tab")  # the list follows its toggle in the keyboard order
    assert page.evaluate("document.activeElement.dataset.copy") == "text"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.hasAttribute('data-clause-more-toggle')")
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_violation_with_the_menu_and_the_dialog_open(chromium, site_url, width):
    from statement_tools.axe_audit import audit, blocking, rules_for

    problems = []
    for scheme in ("light", "dark"):
        context = new_context(chromium, width, color_scheme=scheme, bypass_csp=True)  # axe is an inline script
        page = context.new_page()
        for root in ROOTS.values():
            page.goto(site_url + root + ECONOMY)
            toggle = "[data-clause-actions-toggle]" if width < 600 else "[data-clause-more-toggle]"
            page.click(f"article[data-clause='14'] {toggle}")
            problems += blocking(audit(page, f"{root}economy menu open ({scheme}, {width} px)", rules_for(scheme)))
            page.click("article[data-clause='14'] [data-suggest]")
            problems += blocking(audit(page, f"{root}economy suggestion dialog ({scheme}, {width} px)", rules_for(scheme)))
        context.close()
    assert problems == [], "\n".join(map(str, problems))


def test_the_form_address_is_shortened_for_any_length(chromium, site_url):
    """The shortening loop ends whatever the lengths: even with a limit the fixed fields alone exceed (100
    characters here), typing long words keeps the page responsive and the address drops the reader's words.
    (The loop that cut a fifth each time never ended once a field was down to "…".)"""
    context = new_context(chromium, 1280)
    page = context.new_page()
    page.goto(site_url + "en/" + ECONOMY)
    open_suggestion(page, 1280, 14)
    page.evaluate("document.querySelector('dialog[data-suggest-dialog]').dataset.urlLimit = '100'")
    page.fill("[data-suggest-wording]", "x" * 5000)
    page.fill("[data-suggest-reason]", "why " * 500)
    query = parse_qs(urlsplit(page.get_attribute("[data-suggest-form]", "href")).query)
    assert "suggestion" not in query and "reason" not in query and "vietnamese" not in query
    assert query["segment"] == ["14.1"]
    context.close()
