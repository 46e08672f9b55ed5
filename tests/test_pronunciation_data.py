"""data/pronunciation.yaml (issue 32): validated like every data file (data/<file>:<line> and what to fix),
checked against the text, and handed to the reading pages as data for the read-aloud player."""

from __future__ import annotations

import json

from data_edits import assert_only_error, assert_reported, edit
from html_pages import page
from conftest import DOCUMENT_ID
from statement_core.site.listening import pronunciation_data, speed_text

VI_DATE = '  - written: "12/5/2025"\n    spoken: "12 tháng 5 năm 2025"\n'


def test_a_written_form_that_is_not_in_the_text_is_reported(data_copy):
    line = edit(data_copy, "pronunciation.yaml", VI_DATE, '  - written: "12/6/2025"\n    spoken: "12 tháng 6 năm 2025"\n')
    assert_only_error(data_copy, "pronunciation.yaml", line, "'12/6/2025' does not occur in the vi text",
                      "remove the entry")


def test_a_written_form_listed_twice_is_reported(data_copy):
    line = edit(data_copy, "pronunciation.yaml", "  - written: COC\n", "  - written: DOC\n")
    assert_only_error(data_copy, "pronunciation.yaml", line, "'DOC' is listed twice under vi")


def test_an_entry_without_its_spoken_form_is_reported(data_copy):
    line = edit(data_copy, "pronunciation.yaml", '    spoken: "E.A.E.U."\n', '    said: "E.A.E.U."\n')
    assert_reported(data_copy, "pronunciation.yaml", line - 1, "missing field 'spoken' in en[1]")
    assert_reported(data_copy, "pronunciation.yaml", line, "unknown field 'said'")


def test_the_table_reaches_the_reading_pages_as_data(built_site, corpus):
    assert ("EAEU", "E.A.E.U.") in {(f.written, f.spoken) for f in corpus.pronunciation["en"]}
    for prefix in ("", "en/"):
        for path in (f"{DOCUMENT_ID}/economy/", f"{DOCUMENT_ID}/full-text/"):
            (template,) = page(built_site, prefix + path).xpath("//template[@data-listen-player-template]")
            assert json.loads(template.get("data-pronunciation")) == json.loads(pronunciation_data(corpus))


def test_speeds_are_written_as_each_language_writes_numbers():
    assert [speed_text(speed, "vi") for speed in (0.75, 1.0, 1.5)] == ["0,75×", "1×", "1,5×"]
    assert [speed_text(speed, "en") for speed in (0.75, 1.0, 1.5)] == ["0.75×", "1×", "1.5×"]
