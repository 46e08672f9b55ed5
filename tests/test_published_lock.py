"""Nothing published changes silently: the lock of every edition, the data check against it, `make edition`."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA, DOCUMENT_ID
from data_edits import assert_only_error, edit
from statement_core.data.loader import load_corpus
from statement_core.cli import main
from statement_core.data.published_lock import LOCK_FILE, lock_of, read_lock, render_lock

DEFENCE = f"{DOCUMENT_ID}/chapters/defence.yaml"
SCIENCE = f"{DOCUMENT_ID}/chapters/science.yaml"
PUBLISHED_25_4 = "Serving of Their Sentences (2023); and will adopt"
EDITED_25_4 = "Serving of Their Sentences (2023), and will adopt"
# A fifth edition recording the edit above: its entry, and the revision appended to clause 25's revisions.en.
LAST_EDITION_END = "in it, with an erratum to edition 3's reason for clause 33.\n"  # the last line of edition 4's entry
EDITION_5 = ('  - number: 5\n    date: "2026-12-08"\n    summary:\n      vi: Sửa dấu câu ở khoản 25.\n'
             '      en: Punctuation in clause 25.\n')
REVISION_25_4 = ("        - segment: 4\n          edition: 5\n          earlier: >-\n            the Agreement on the "
                 "Transfer of Persons Sentenced to Imprisonment for the Further\n            Serving of Their "
                 "Sentences (2023); and will adopt effective solutions to promote\n            cooperation in this "
                 "field.\n          reason:\n            en: A comma joins the last item to the main clause.\n"
                 "            vi: Dấu phẩy nối mục cuối với mệnh đề chính.\n")


def test_the_lock_holds_each_segment_as_each_edition_published_it(corpus):
    lock = lock_of(corpus)
    assert lock["editions"] == [{"number": 1, "date": "2026-11-23"}, {"number": 2, "date": "2026-11-30"},
                                {"number": 3, "date": "2026-12-06"}, {"number": 4, "date": "2026-12-07"}]
    english = lock["documents"][DOCUMENT_ID]["en"]
    assert english["18.3"][1].endswith("cooperation in nuclear radiation safety.")
    assert english["18.3"][2].endswith("cooperation in nuclear and radiation safety.")
    assert list(english["2.1"]) == [1]  # unchanged since edition 1
    assert list(english["1.1"]) == [1, 3] and english["1.1"][3].count(",") == english["1.1"][1].count(",") + 1
    assert list(english["33.1"]) == [1, 2, 3] and english["33.1"][3] == english["33.1"][1]  # edition 2 withdrawn
    # Edition 4 (issue 37): "consultations" in 10.1, "monuments and sites" in 28.1, 29.2's open list.
    assert list(english["10.1"]) == list(english["28.1"]) == list(english["29.2"]) == [1, 4]
    assert "consultations at the level" in english["10.1"][4] and "monuments and sites" in english["28.1"][4]
    assert list(english["30.1"]) == [1] and "exchange of views" in english["30.1"][1]
    assert sum(len(versions) for versions in english.values()) == 79 + 4 + 3 + 3
    # The reasons as published, and the dated erratum to edition 3's reason for 33.1.
    reasons = lock["reasons"][DOCUMENT_ID]["en"]
    assert list(reasons["33.1"]) == [2, 3]
    assert "reads like a term of art of UNCLOS" in reasons["33.1"][3]["reason"]["en"]
    assert [erratum["date"] for erratum in reasons["33.1"][3]["errata"]] == ["2026-12-07"]
    assert "archipelagic sea lanes passage" in reasons["33.1"][3]["errata"][0]["reason"]["en"]
    assert "errata" not in reasons["33.1"][2]
    assert "vi" not in lock["documents"][DOCUMENT_ID]  # the authentic text has no editions


def test_the_committed_lock_is_current(corpus):
    assert (DATA / LOCK_FILE).read_text(encoding="utf-8") == render_lock(lock_of(corpus, read_lock(DATA / LOCK_FILE)))


def test_a_silent_change_to_published_english_fails_until_a_revision_records_it(data_copy: Path, capsys):
    line = edit(data_copy, DEFENCE, PUBLISHED_25_4, EDITED_25_4) - 2  # the segment's `- >-` line
    assert_only_error(data_copy, DEFENCE, line, "clause 25 segment 25.4: the English differs from what edition 4 "
                      f"published (data/{LOCK_FILE}:", "no revision records the change", "restore the published "
                      "wording", "segment: 4, edition: 5", "add edition 5 to data/editions.yaml")
    edit(data_copy, "editions.yaml", LAST_EDITION_END, LAST_EDITION_END + EDITION_5)
    edit(data_copy, DEFENCE, "xác định pháp luật được áp dụng).\n", "xác định pháp luật được áp dụng).\n" + REVISION_25_4)
    corpus = load_corpus(data_copy)  # recorded: the check passes, edition 5 is not locked yet
    segment = corpus.document(DOCUMENT_ID).clause(25).segment(4)
    assert segment.revised_in == (5,) and segment.text_in_edition(5) == segment.text
    assert "(2023); and will adopt" in " ".join(segment.text_in_edition(4).split())
    assert main(["--data", str(data_copy), "edition", "--check"]) == 1
    assert main(["--data", str(data_copy), "edition"]) == 0
    assert "Published edition 5 (2026-12-08, 1 revised segment)" in capsys.readouterr().out
    locked = read_lock(data_copy / LOCK_FILE)
    assert locked is not None and [edition.number for edition in locked.editions] == [1, 2, 3, 4, 5]
    assert sorted(locked.documents[DOCUMENT_ID]["en"]["25.4"]) == [1, 5]
    assert main(["--data", str(data_copy), "edition", "--check"]) == 0


def test_an_earlier_text_that_is_not_what_was_published(data_copy: Path):
    line = edit(data_copy, SCIENCE, "            nuclear radiation safety.", "            nuclear-radiation safety.") - 2
    assert_only_error(data_copy, SCIENCE, line, "segment 18.3: the earlier text differs from what edition 1 "
                      "published", "copy the published wording exactly")


def test_a_published_edition_keeps_its_date(data_copy: Path):
    line = edit(data_copy, "editions.yaml", '    date: "2026-11-30"', '    date: "2026-12-01"')
    assert_only_error(data_copy, "editions.yaml", line, "edition 2 was published on 2026-11-30",
                      "a published edition keeps its date")


def test_deleting_the_record_of_a_published_change_loses_edition_2_and_fails(data_copy: Path):
    """Clause 33 without its revisions reads as edition 1 and 3 did, which edition 2 did not publish."""
    sea = data_copy / DOCUMENT_ID / "chapters" / "sea.yaml"
    text = sea.read_text(encoding="utf-8")
    start, end = text.index("    revisions:\n", text.index("number: 33")), text.index("  - number: 34")
    sea.write_text(text[:start] + text[end:], encoding="utf-8")
    line = text[:text.index("      en: >-\n        It is an important matter")].count("\n") + 1
    message = assert_only_error(data_copy, f"{DOCUMENT_ID}/chapters/sea.yaml", line, "clause 33 segment 33.1: the "
                                "English differs from what edition 2 published", "segment: 1, edition: 3")
    assert "add edition" not in message  # edition 3 exists: only its record is missing


SEA = f"{DOCUMENT_ID}/chapters/sea.yaml"
PUBLISHED_REASON_33 = "right of free passage\" reads like a term of art of"


def test_a_published_reason_is_never_rewritten_only_corrected_by_an_erratum(data_copy: Path):
    """Edition 3's reason for 33.1 said what UNCLOS does not (issue 37): rewriting it in place, instead of the
    dated erratum, would change what edition 3 published."""
    edit(data_copy, SEA, PUBLISHED_REASON_33, "right of free passage\" is no term of")
    text = (data_copy / SEA).read_text(encoding="utf-8")
    line = text[:text.index("          reason:\n", text.index("          edition: 3\n"))].count("\n") + 1
    assert_only_error(data_copy, SEA, line, "clause 33 segment 33.1: the English reason differs from the one edition "
                      f"3 published (data/{LOCK_FILE}:", "a published reason is never rewritten", "errata:")


def test_a_published_erratum_is_never_changed(data_copy: Path):
    line = edit(data_copy, SEA, "            - date: \"2026-12-07\"\n              reason:\n                en: >-\n"
                "                  Edition 2's", "            - date: \"2026-12-07\"\n              reason:\n"
                "                en: >-\n                  Edition two's")
    assert_only_error(data_copy, SEA, line, "clause 33 segment 33.1: this erratum differs from the one published "
                      f"on 2026-12-07 (data/{LOCK_FILE}:", "a published erratum is never changed")


def test_a_published_erratum_cannot_be_removed(data_copy: Path):
    text = (data_copy / SEA).read_text(encoding="utf-8")
    start, end = text.index("          errata:\n"), text.index("  - number: 34\n")
    (data_copy / SEA).write_text(text[:start] + text[end:], encoding="utf-8")
    line = text[:text.index("          reason:\n", text.index("          edition: 3\n"))].count("\n") + 1
    assert_only_error(data_copy, SEA, line, "the erratum of 2026-12-07 to edition 3's reason was published",
                      "restore it")
