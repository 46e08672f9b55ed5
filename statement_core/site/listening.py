"""What the reading pages give the read-aloud player (issue 32): the pronunciation table as data, the speeds
and the voices' languages, worded in the page's language. overrides/reader/listen.mjs loads the player
(overrides/reader/listen/) on the first press of a Listen control; it reads these from the page."""

from __future__ import annotations

import json
from typing import Any

from statement_core.labels import choice
from statement_core.model import Corpus, Language
from statement_core.site.page_context import PageContext

SPEEDS = (0.75, 1.0, 1.25, 1.5)  # the player's choices; 1 is where it starts
VOICE_LANGUAGES: tuple[Language, ...] = ("vi", "en")


def pronunciation_data(corpus: Corpus) -> str:
    """{language: [[written, spoken], …]} as compact JSON, for a data- attribute (the template escapes it)."""
    table = {language: [[form.written, form.spoken] for form in corpus.pronunciation.get(language, ())]
             for language in VOICE_LANGUAGES}
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"))


def speed_text(speed: float, language: str) -> str:
    """"0,75×" in Vietnamese, "0.75×" in English; "1×" for 1."""
    text = f"{speed:g}"
    return (text.replace(".", ",") if language == "vi" else text) + "×"


def listen_values(context: PageContext) -> dict[str, Any]:
    return {
        "pronunciation": pronunciation_data(context.corpus),
        "speeds": [{"value": f"{speed:g}", "text": speed_text(speed, context.language), "selected": speed == 1.0}
                   for speed in SPEEDS],
        "voice_languages": [{"code": code, "name": choice(context.language, "lang", code),
                             "option": choice(context.language, "column", code)}  # "Tiếng Việt", "Vietnamese"
                            for code in VOICE_LANGUAGES],
        "scope": context.text("listen_whole_chapter" if context.page.kind == "chapter" else "listen_whole_text"),
    }
