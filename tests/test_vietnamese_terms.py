"""The Vietnamese interface uses one word for one thing (issue 37).

A translator who did not write our wording found the same thing named two ways ("mục liệt kê" in one place,
"đoạn liệt kê" in another), "Trình đọc" taken for a screen reader, and "Thêm thao tác" read as "add an
action". TERMS is the table of what we chose and what we turned down: every Vietnamese label
(statement_core/labels.py, LABELS and CHOICES) and every hand-written Vietnamese page (docs/*.md, not the
generated markers) must use the chosen term and none of the turned-down ones.

Why the table is here and not in data/: it is a rule for those who write the interface, like a style guide;
nothing a reader sees or searches is made from it (reader-facing vocabulary, such as search synonyms and the
glossary, lives in data/ and is validated there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from statement_core.labels import CHOICES, LABELS

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Term:
    thing: str  # what is named, in English
    chosen: str  # the Vietnamese we use
    rejected: tuple[str, ...]  # regular expressions of the wording we turned down (matched ignoring case)
    keys: tuple[str, ...] = ()  # labels that name this thing and must use the chosen term


TERMS = (
    Term("a list item of a clause (a segment)", "mục liệt kê", (r"đoạn liệt kê",), ("segment_hint",)),
    Term("the actions of the ⋯ menu", "thao tác khác", (r"thêm thao tác",), ("more_actions",)),
    Term("the read-aloud player", "Đọc thành tiếng",
         (r"trình đọc(?! màn hình)",),  # "trình đọc màn hình" is a screen reader, and may be named
         ("listen_player", "listen_close", "listen_closed", "listen_not_playing", "listen_loading_failed")),
    Term("the player's play button", "Phát", (), ("listen_play",)),
    Term("the reader's wording in a suggestion", "Cách dịch đề xuất",
         (r"cách dịch bạn đề xuất", r"cách dịch được đề xuất"), ("suggest_field_suggestion", "suggest_wording")),
    Term("the page address in a suggestion", "Địa chỉ trang", (), ("suggest_field_page",)),
    Term("the next sentence", "câu tiếp theo", (r"\bcâu tiếp\b(?! theo| tục)",),
         ("listen_next_segment", "shortcut_listen_next_segment")),
    Term("the next clause", "khoản tiếp theo", (r"\bkhoản tiếp\b(?! theo| tục)",),
         ("listen_next_clause", "shortcut_listen_next_clause", "shortcut_next_clause")),
    Term("offline", "không cần mạng", (r"ngoại tuyến",), ("offline_bundle", "offline_heading")),
    Term("the segment of a clause", "phân đoạn", (r"\bđoạn văn\b", r"phân khúc"), ("suggest_segment",)),
    Term("an edition of the translation", "ấn bản", (r"phiên bản dịch", r"lần xuất bản"), ("edition_title",)),
    # "đang đọc" is the player's ("Cuộn theo câu đang đọc": the sentence read aloud); the clause a shortcut acts
    # on is the one on screen, so "khoản đang đọc" next to the player would name two things.
    Term("the clause in view", "khoản đang xem", (r"khoản đang đọc",), ("shortcut_copy_citation", "shortcut_listen")),
)

# The official text writes "hòa", "thỏa", "xóa" (the tone mark on the first vowel of oa, oe, uy when nothing
# follows); the interface spells them the same way, not "hoà", "thoả", "xoá".
NEW_STYLE_TONE = re.compile(r"(?<![qQ])(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?![\w])")


def vietnamese_texts() -> dict[str, str]:
    """Every Vietnamese label and choice, and every hand-written Vietnamese page, by where it is."""
    texts = {f"labels.py {key}": entry["vi"] for key, entry in LABELS.items()}
    texts |= {f"labels.py CHOICES {group}.{value}": entry["vi"]
              for group, values in CHOICES.items() for value, entry in values.items()}
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name.endswith(".en.md"):
            continue
        text = page.read_text(encoding="utf-8")
        if text.startswith("---\ngenerated:"):
            continue  # a generated marker page: its wording is the labels'
        texts[f"docs/{page.name}"] = text
    return texts


def test_the_pages_and_labels_are_all_read():
    names = vietnamese_texts()
    assert {"docs/how-we-translate.md", "docs/about.md"} <= set(names)
    assert len([name for name in names if name.startswith("labels.py ")]) == \
        len(LABELS) + sum(len(values) for values in CHOICES.values())


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.chosen)
def test_one_word_for_one_thing(term: Term):
    texts = vietnamese_texts()
    found = [f"{where}: “{match.group(0)}” ({term.thing}: write “{term.chosen}”)"
             for where, text in texts.items() for pattern in term.rejected
             for match in re.finditer(pattern, text, flags=re.IGNORECASE)]
    assert found == []
    missing = [key for key in term.keys if term.chosen.casefold() not in LABELS[key]["vi"].casefold()]
    assert missing == [], f"these labels name {term.thing} but not as “{term.chosen}”"
    assert any(term.chosen.casefold() in text.casefold() for text in texts.values())


def test_tone_marks_are_placed_as_the_official_text_places_them():
    found = [f"{where}: “{match.group(0)}”" for where, text in vietnamese_texts().items()
             for match in NEW_STYLE_TONE.finditer(text)]
    assert found == []
