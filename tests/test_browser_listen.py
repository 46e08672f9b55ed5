"""Listening (issue 32) in Chromium, with a recording speechSynthesis (tests/speech_stub.js): the order in which
a chapter is read in each language, the marked segment following the utterances, pause and resume, previous
and next segment and clause, speed, the missing voice, the keyboard, a 320 px phone and a 1280 px desktop,
offline after one visit, and axe with the player open."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import DOCUMENT_ID, poll, recording_page
from statement_core.labels import label

STUB = (Path(__file__).parent / "speech_stub.js").read_text(encoding="utf-8")
ROOTS = {"vi": "", "en": "en/"}
ECONOMY = f"{DOCUMENT_ID}/economy/"
VI_VOICE = {"name": "Tiếng Việt (Việt Nam)", "lang": "vi-VN", "localService": True, "default": False}
GB_VOICE = {"name": "English (United Kingdom)", "lang": "en-GB", "localService": True, "default": False}
US_VOICE = {"name": "English (United States)", "lang": "en-US", "localService": True, "default": True}
NETWORK_VI = {"name": "Google tiếng Việt", "lang": "vi-VN", "localService": False, "default": False}
ALL_VOICES = [US_VOICE, GB_VOICE, VI_VOICE]
LANG = {"vi": "vi-VN", "en": "en-GB"}
FINISHED = {language: label(language, "listen_finished") for language in ("vi", "en")}


def stub(voices: list[dict]) -> str:
    return STUB.replace("__VOICES__", json.dumps(voices, ensure_ascii=False))


def listening_page(chromium, voices=ALL_VOICES, width: int = 1280, mode: str | None = None, **options):
    context = chromium.new_context(viewport={"width": width, "height": 800}, **options)
    context.set_default_timeout(5000)
    context.add_init_script(stub(voices))
    if mode:
        context.add_init_script(f"localStorage.setItem('vn-by-statement.reading', JSON.stringify({{mode: '{mode}'}}))")
    return context, context.new_page()


def spoken(page) -> list[dict]:
    return [entry for entry in page.evaluate("window.speechLog") if entry["type"] == "speak"]


def wait_for_utterances(page, count: int) -> list[dict]:
    poll(page, lambda: len(spoken(page)) >= count, what=f"{count} utterances")
    return spoken(page)


def being_read(page) -> list[tuple[str, str]]:
    """(column language, segment id) of every segment marked as being read."""
    return [tuple(pair) for pair in page.eval_on_selector_all(
        ".segment.is-being-read", "els => els.map(e => [e.closest('[data-column]').dataset.column, e.dataset.segment])")]


def speak_text(text: str, table: list[tuple[str, str]]) -> str:
    """What the player gives the voice: spaces collapsed, written forms replaced whole, longest first."""
    text = " ".join(text.split())
    forms = sorted(table, key=lambda form: -len(form[0]))
    if not forms:
        return text
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w, _ in forms) + r")(?![^\W_])")
    return pattern.sub(lambda match: dict(forms)[match.group(0)], text)


def chapter_segments(corpus, document, chapter_id: str, language: str) -> list[tuple[str, str]]:
    """(segment id, spoken text) of a chapter in reading order."""
    table = [(form.written, form.spoken) for form in corpus.pronunciation[language]]
    chapter = document.chapter(chapter_id)
    return [(clause.segment_id(position), speak_text(text, table)) for clause in document.chapter_clauses(chapter)
            for position, text in enumerate(clause.segments(language), start=1)]


def press_page_listen(page) -> None:
    page.click("[data-reading-tools] [data-listen]")
    page.locator("[data-listen-player]").wait_for()


def segment_text_on_page(page, clause: int, segment_id: str, language: str) -> str:
    return " ".join(page.text_content(f"article[data-clause='{clause}'] [data-column='{language}'] "
                                      f"[data-segment='{segment_id}']").split())


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_chapter_is_read_segment_by_segment_in_reading_order_and_marked(chromium, site_url, corpus, document, language):
    context, page = listening_page(chromium)
    page.goto(site_url + ROOTS[language] + ECONOMY)
    press_page_listen(page)
    expected = chapter_segments(corpus, document, "economy", language)
    assert len(expected) > 10
    for position, (segment_id, text) in enumerate(expected):
        utterance = wait_for_utterances(page, position + 1)[position]
        assert (utterance["text"], utterance["lang"], utterance["rate"]) == (text, LANG[language], 1), segment_id
        assert utterance["voice"] == (VI_VOICE if language == "vi" else GB_VOICE)["name"]
        page.evaluate("speechDrive.start()")
        # The segment read and its counterpart are marked, and nothing else.
        assert sorted(being_read(page)) == [("en", segment_id), ("vi", segment_id)]
        link = page.locator("[data-listen-current]")
        assert link.get_attribute("href") == f"#clause-{segment_id}"
        page.evaluate("speechDrive.end()")
    # Nothing was announced over the speech; the end of the page is.
    assert page.text_content("[data-reading-status]") == ""
    page.wait_for_timeout(200)
    assert len(spoken(page)) == len(expected)  # the chapter's end is the end
    assert page.get_attribute("[data-listen-player]", "data-state") == "stopped"
    poll(page, f"document.querySelector('[data-reading-status]').textContent === {json.dumps(FINISHED[language])}")
    context.close()


def test_the_pronunciation_table_changes_what_is_spoken_not_what_is_shown(chromium, site_url):
    context, page = listening_page(chromium)
    page.goto(site_url + f"{DOCUMENT_ID}/closing/")
    page.click("article[data-clause='38'] [data-listen]")
    texts = [entry["text"] for entry in wait_for_utterances(page, 1)]
    while not any("12 tháng 5 năm 2025" in text for text in texts) and len(texts) < 10:
        page.evaluate("speechDrive.end()")
        page.wait_for_timeout(50)
        texts = [entry["text"] for entry in spoken(page)]
    assert any("vào ngày 12 tháng 5 năm 2025" in text for text in texts), texts
    assert not any("12/5/2025" in text for text in texts)
    assert "12/5/2025" in page.text_content("article[data-clause='38'] [data-column='vi']")
    # Names a Vietnamese voice would read by its own rules (issue 37): said as Vietnamese transcribes them.
    assert any("thành phố Min-xcơ" in text for text in texts) and not any("Minsk" in text for text in texts), texts
    assert "Minsk" in page.text_content("article[data-clause='38'] [data-column='vi']")
    context.close()


def test_pause_resume_next_previous_and_speed(chromium, site_url, corpus, document):
    context, page = listening_page(chromium)
    page.goto(site_url + ECONOMY)
    page.click("article[data-clause='14'] [data-listen]")
    first = wait_for_utterances(page, 1)[0]
    clause14 = document.clause(14)
    table = [(form.written, form.spoken) for form in corpus.pronunciation["vi"]]
    assert first["text"] == speak_text(clause14.segments("vi")[0], table)
    page.evaluate("speechDrive.start()")
    assert sorted(being_read(page)) == [("en", "14.1"), ("vi", "14.1")]
    player = page.locator("[data-listen-player]")
    play = player.locator("[data-listen-action='play-pause']")
    assert play.inner_text().strip() in ("Tạm dừng", "")  # the label, visually hidden
    assert page.evaluate("document.activeElement.dataset.listenAction") == "play-pause"
    # Pause: the voice stops, nothing more is said, and the pause is announced.
    play.click()
    assert page.evaluate("speechLog[speechLog.length - 1].type") == "cancel"
    assert player.get_attribute("data-state") == "paused"
    poll(page, "document.querySelector('[data-reading-status]').textContent === 'Đã tạm dừng.'")
    page.evaluate("speechDrive.end()")  # a late end of the cancelled utterance does not move on
    page.wait_for_timeout(100)
    assert len(spoken(page)) == 1
    # Resume: the same segment again, from its start.
    play.click()
    assert wait_for_utterances(page, 2)[1]["text"] == first["text"]
    # Next segment, next clause, previous clause.
    player.locator("[data-listen-action='next-segment']").click()
    assert wait_for_utterances(page, 3)[2]["text"] == speak_text(" ".join(clause14.segments("vi")[1].split()), table)
    page.evaluate("speechDrive.start()")
    assert sorted(being_read(page)) == [("en", "14.2"), ("vi", "14.2")]
    player.locator("[data-listen-action='previous-segment']").click()
    assert wait_for_utterances(page, 4)[3]["text"] == first["text"]
    player.locator("[data-listen-action='next-clause']").click()
    assert wait_for_utterances(page, 5)[4]["text"].startswith(
        speak_text(" ".join(document.clause(15).segments("vi")[0].split()), table)[:40])
    player.locator("[data-listen-action='previous-clause']").click()
    player.locator("[data-listen-action='previous-clause']").click()
    assert wait_for_utterances(page, 7)[6]["text"] == speak_text(" ".join(document.clause(13).segments("vi")[0].split()), table)
    page.evaluate("speechDrive.start()")
    assert sorted(being_read(page)) == [("en", "13.1"), ("vi", "13.1")]
    # Speed: the segment again at the new rate.
    player.locator("[data-listen-speed]").select_option("1.5")
    utterance = wait_for_utterances(page, 8)[7]
    assert (utterance["rate"], utterance["text"]) == (1.5, spoken(page)[6]["text"])
    assert [option for option in player.locator("[data-listen-speed] option").all_inner_texts()] == \
        ["0,75×", "1×", "1,25×", "1,5×"]
    # Close: the voice stops, the marks go, the page no longer keeps room for the player.
    player.locator("[data-listen-action='close']").click()
    assert page.locator("[data-listen-player]").count() == 0
    assert being_read(page) == []
    assert page.evaluate("getComputedStyle(document.body).paddingBottom") == "0px"
    context.close()


def test_the_language_follows_the_reading_mode_and_the_voice_choice(chromium, site_url, corpus, document):
    context, page = listening_page(chromium, mode="en")
    page.goto(site_url + ECONOMY)  # the Vietnamese site, read in English only
    page.click("article[data-clause='14'] [data-listen]")
    first = wait_for_utterances(page, 1)[0]
    assert (first["lang"], first["text"]) == ("en-GB", " ".join(document.clause(14).segments("en")[0].split()))
    page.select_option("[data-listen-language]", "vi")
    second = wait_for_utterances(page, 2)[1]
    table = [(form.written, form.spoken) for form in corpus.pronunciation["vi"]]
    assert (second["lang"], second["text"]) == ("vi-VN", speak_text(" ".join(document.clause(14).segments("vi")[0].split()), table))
    page.evaluate("speechDrive.start()")
    # The Vietnamese half is hidden in this mode: its English counterpart is marked and shown.
    assert sorted(being_read(page)) == [("en", "14.1"), ("vi", "14.1")]
    context.close()


@pytest.mark.parametrize("voices", [[US_VOICE, GB_VOICE, NETWORK_VI], []], ids=["english-only", "none"])
def test_without_a_vietnamese_voice_it_says_so_and_offers_english(chromium, site_url, document, voices):
    context, page = listening_page(chromium, voices=voices)
    page.goto(site_url + ECONOMY)
    page.click("article[data-clause='14'] [data-listen]")
    message = page.locator("[data-listen-message]")
    message.wait_for()
    assert page.text_content("[data-listen-message-text]") == "Thiết bị này không có giọng đọc tiếng Việt."
    page.wait_for_timeout(300)
    assert spoken(page) == []  # never Vietnamese with another voice, nor with a network voice
    offer = page.locator("[data-listen-offer]")
    if not voices:
        assert offer.is_hidden()
        context.close()
        return
    assert offer.inner_text() == "Nghe bằng tiếng Anh"
    poll(page, "document.querySelector('[data-reading-status]').textContent.includes('Nghe bằng tiếng Anh')")
    offer.click()
    utterance = wait_for_utterances(page, 1)[0]
    assert (utterance["lang"], utterance["voice"]) == ("en-GB", GB_VOICE["name"])
    assert utterance["text"] == " ".join(document.clause(14).segments("en")[0].split())
    assert message.is_hidden()
    context.close()


def test_the_keyboard_listens_pauses_and_moves(chromium, site_url, document):
    context, page = listening_page(chromium)
    page.goto(site_url + "en/" + ECONOMY)
    page.keyboard.press("?")
    rows = page.eval_on_selector_all("dialog[data-shortcuts] [data-shortcut-action]",
                                     "rows => rows.map(r => [r.querySelector('kbd').textContent, r.dataset.shortcutAction])")
    assert {"l": "listen", "<": "listen-previous-segment", ">": "listen-next-segment",
            "{": "listen-previous-clause", "}": "listen-next-clause"}.items() <= dict(rows).items()
    page.keyboard.press("Escape")
    page.keyboard.press(">")  # nothing to move yet: said, not done
    poll(page, "document.querySelector('[data-reading-status]').textContent.startsWith('The player is not open')")
    page.keyboard.press("j")  # to the first clause
    page.keyboard.press("l")
    first_clause = document.chapter_clauses(document.chapter("economy"))[0]
    assert wait_for_utterances(page, 1)[0]["text"] == " ".join(first_clause.segments("en")[0].split())
    page.keyboard.press(">")
    assert wait_for_utterances(page, 2)[1]["text"] == " ".join(first_clause.segments("en")[1].split()) \
        if first_clause.segment_count > 1 else True
    page.keyboard.press("}")
    following = document.chapter_clauses(document.chapter("economy"))[1]
    assert spoken(page)[-1]["text"] == " ".join(following.segments("en")[0].split())
    page.keyboard.press("l")
    assert page.get_attribute("[data-listen-player]", "data-state") == "paused"
    count = len(spoken(page))
    page.keyboard.press("l")
    assert wait_for_utterances(page, count + 1)[-1]["text"] == " ".join(following.segments("en")[0].split())
    # The player's controls are reachable with Tab and work with Enter.
    page.focus("[data-listen-action='next-segment']")
    page.keyboard.press("Enter")
    assert wait_for_utterances(page, count + 2)[-1]["text"] == " ".join(following.segments("en")[1].split())
    context.close()


def box(page, selector: str) -> dict:
    return page.eval_on_selector(selector, "e => { const b = e.getBoundingClientRect(); "
                                           "return {top: b.top, bottom: b.bottom, left: b.left, right: b.right}; }")


@pytest.mark.parametrize("width", [320, 1280])
def test_the_player_stays_at_the_bottom_without_covering_what_it_reads(chromium, site_url, width):
    context, page = listening_page(chromium, width=width, has_touch=width == 320, is_mobile=width == 320)
    page.goto(site_url + ECONOMY)
    if width == 320:
        page.click("article[data-clause='14'] [data-clause-actions-toggle]")
    page.click("article[data-clause='14'] [data-listen]")
    wait_for_utterances(page, 1)
    page.evaluate("speechDrive.start()")
    player = box(page, "[data-listen-player]")
    assert player["bottom"] == pytest.approx(800, abs=1) and player["left"] == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen
    buttons = page.eval_on_selector_all("[data-listen-player] button:not([hidden]), [data-listen-player] select",
                                        "els => els.filter(e => e.offsetParent).map(e => e.getBoundingClientRect())"
                                        ".map(b => [b.width, b.height, b.right])")
    assert all(w >= 44 and h >= 44 and right <= width for w, h, right in buttons), buttons
    padding = page.evaluate("parseFloat(getComputedStyle(document.body).paddingBottom)")
    assert padding == pytest.approx(player["bottom"] - player["top"], abs=1)
    # Read on to a segment near the bottom of the screen: it is brought above the player.
    for _ in range(12):
        page.evaluate("speechDrive.end()")
        page.wait_for_timeout(30)
        page.evaluate("speechDrive.start()")
    page.wait_for_timeout(1600)  # the smooth scroll, and the player's own scrolling told apart from the reader's
    (column, segment_id) = sorted(being_read(page))[1 if width == 320 else 0]
    marked = box(page, f"[data-column='vi'] .segment.is-being-read")
    assert marked["top"] < box(page, "[data-listen-player]")["top"], segment_id
    assert marked["bottom"] > 0
    # The reader scrolls away: the reading no longer pulls the page back, until they press Follow.
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    assert page.get_attribute("[data-listen-action='follow']", "aria-pressed") == "false"
    page.evaluate("speechDrive.end()")
    page.evaluate("speechDrive.start()")
    page.wait_for_timeout(600)
    assert page.evaluate("window.scrollY") == 0
    page.click("[data-listen-action='follow']")
    poll(page, "window.scrollY > 0", what="scrolled back to the reading")
    assert page.get_attribute("[data-listen-action='follow']", "aria-pressed") == "true"
    context.close()


def test_the_player_loads_only_when_asked_and_defines_no_global(chromium, site_url):
    context, page = listening_page(chromium)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + ECONOMY)
    page.wait_for_timeout(300)
    assert not [url for url in requested if "statement-listen.js" in url]
    before = set(page.evaluate("Object.keys(window)"))
    press_page_listen(page)
    assert [url for url in requested if url.endswith("assets/javascripts/statement-listen.js")]
    assert set(page.evaluate("Object.keys(window)")) - before == set()
    context.close()


def test_listening_works_offline_after_one_visit(chromium, site_url, document):
    from test_browser_service_worker import open_from_cache, wait_until_saved

    context, page = listening_page(chromium, service_workers="allow")
    page.goto(site_url)
    wait_until_saved(page)
    context.set_offline(True)
    open_from_cache(page, site_url + "en/" + f"{DOCUMENT_ID}/sea/")  # never visited
    page.click("article[data-clause='35'] [data-listen]")
    utterance = wait_for_utterances(page, 1)[0]
    assert utterance["text"] == " ".join(document.clause(35).segments("en")[0].split())
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_violation_with_the_player_open(chromium, site_url, width):
    from statement_tools.axe_audit import audit, blocking, rules_for

    problems = []
    for scheme in ("light", "dark"):
        context, page = listening_page(chromium, voices=[US_VOICE], width=width, color_scheme=scheme, bypass_csp=True)
        for prefix in ("", "en/"):
            page.goto(site_url + prefix + ECONOMY)
            press_page_listen(page)
            if prefix == "":
                page.locator("[data-listen-message]").wait_for()  # the missing-voice message and its offer, too
            else:
                wait_for_utterances(page, 1)
                page.evaluate("speechDrive.start()")
            # The pointer left where Listen was pressed: the text scrolled under it would show a glossary
            # term's tooltip (the theme's, outside any landmark), which is not what is audited here.
            page.mouse.move(1, 1)
            page.wait_for_timeout(300)
            problems += blocking(audit(page, f"{prefix}economy, player open ({scheme}, {width} px)", rules_for(scheme)))
        context.close()
    assert problems == [], "\n".join(map(str, problems))
