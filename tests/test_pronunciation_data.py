"""data/pronunciation.yaml (issue 32): validated like every data file (data/<file>:<line> and what to fix),
checked against the text, and handed to the reading pages as data for the read-aloud player."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

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


# Issue 37: names a voice reads by the rules of the wrong language, and acronyms it says as a word.
ISSUE_37 = {"vi": {"Belarus": "Bê-la-rút", "Lukashenko": "Lu-ca-sen-cô", "Aleksandr": "A-lếch-xan-đơ",
                   "Minsk": "Min-xcơ", "logistics": "lô-di-stích", "UNCLOS": "Ăn-cờ-lốt"},
            "en": {"ASEAN": "Ah-see-an", "DOC": "D.O.C.", "COC": "C.O.C."}}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_names_and_acronyms_are_given_as_they_are_said(corpus, language):
    table = {form.written: form.spoken for form in corpus.pronunciation[language]}
    assert {written: table.get(written) for written in ISSUE_37[language]} == ISSUE_37[language]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt-get install espeak-ng)")
def test_espeak_reads_every_vietnamese_spoken_form_as_vietnamese(corpus):
    """A spoken form must be Vietnamese syllables: where espeak-ng's Vietnamese voice switches to English rules
    or spells letters out (its IPA then names another language, "(en)"), a phone's voice may too."""
    foreign = {}
    for form in corpus.pronunciation["vi"]:
        ipa = subprocess.run(["espeak-ng", "-v", "vi", "-q", "--ipa", form.spoken], capture_output=True,
                             text=True, timeout=30, check=True).stdout
        if "(en)" in ipa:
            foreign[form.spoken] = ipa.strip()
    assert foreign == {}
