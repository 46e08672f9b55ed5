"""Aligned segments: every mistake in them is one clear error at the line of the segment to fix."""

from __future__ import annotations

import pytest

from conftest import DOCUMENT_ID
from data_edits import assert_only_error, edit, issues_of, line_of

ECONOMY = f"{DOCUMENT_ID}/chapters/economy.yaml"
SEA = f"{DOCUMENT_ID}/chapters/sea.yaml"
SOURCE = "sources/003_a895c28e3afb5b87.txt"
# Clause 13 in economy.yaml: its first two Vietnamese segments, and its second and third.
CLAUSE_13_FIRST = ("        - >-\n          Hợp tác kinh tế được xác định là một trong những trụ cột quan trọng của quan hệ "
                   "song\n          phương.\n")
CLAUSE_13_SECOND = ("        - >-\n          Dựa trên các Hiệp định liên Chính phủ đã ký về hợp tác kinh tế - thương mại "
                    "(năm 1992),\n")
CLAUSE_13_THIRD = "        - >-\n          về khuyến khích và bảo hộ đầu tư (năm 1992),\n"
CLAUSE_35_ENGLISH_FIRST = ("        - >-\n          The two sides will coordinate in ensuring security, safety, freedom "
                           "of navigation and\n          overflight, and unimpeded commercial activities.\n")


def test_a_dropped_word_names_the_segment_the_word_and_the_official_line(data_copy):
    line = edit(data_copy, ECONOMY, CLAUSE_13_FIRST, CLAUSE_13_FIRST.replace("trụ cột quan trọng", "trụ cột"))
    assert_only_error(data_copy, ECONOMY, line, "clause 13 segment 1: 'quan trọng' is missing compared with the "
                                                "official text", "trụ cột quan trọng của", f"({SOURCE}:25)")


def test_a_changed_word_gives_both_spellings(data_copy):
    line = edit(data_copy, ECONOMY, CLAUSE_13_THIRD, CLAUSE_13_THIRD.replace("bảo hộ", "bảo vệ"))
    assert_only_error(data_copy, ECONOMY, line, "clause 13 segment 3: 'vệ' differs from the official 'hộ'")


def test_a_word_dropped_at_a_segment_boundary_names_both_segments(data_copy):
    line = edit(data_copy, ECONOMY, CLAUSE_13_FIRST, CLAUSE_13_FIRST.replace("song\n          phương.", "song"))
    assert_only_error(data_copy, ECONOMY, line, "clause 13, between segments 1 and 2: 'phương.' is missing")


def test_reordered_segments_are_one_error_not_one_per_word(data_copy):
    line = edit(data_copy, ECONOMY, CLAUSE_13_SECOND + CLAUSE_13_THIRD, CLAUSE_13_THIRD + CLAUSE_13_SECOND)
    assert_only_error(data_copy, ECONOMY, line, "clause 13: segments 2 and 3 are in the wrong order",
                      f"({SOURCE}:25)")


def test_moving_a_segment_boundary_keeps_the_official_text(data_copy):
    """Where to divide is the editor's judgement; what the segments add up to is not."""
    edit(data_copy, ECONOMY, CLAUSE_13_FIRST + CLAUSE_13_SECOND,
         CLAUSE_13_FIRST.replace("song\n          phương.\n", "song\n") +
         CLAUSE_13_SECOND.replace("          Dựa", "          phương. Dựa"))
    from statement_core.data.loader import load_corpus

    document = load_corpus(data_copy).document(DOCUMENT_ID)
    assert document.clause(13).segments("vi")[1].startswith("phương. Dựa")


def test_a_count_mismatch_names_both_counts(data_copy):
    line = edit(data_copy, SEA, "      en:\n" + CLAUSE_35_ENGLISH_FIRST + "        - >-\n",
                "      en:\n" + CLAUSE_35_ENGLISH_FIRST)
    assert_only_error(data_copy, SEA, line, "clause 35: the Vietnamese has 3 segments but the English has 2")


def test_a_number_in_the_wrong_segment_is_one_error_where_it_now_stands(data_copy):
    edit(data_copy, ECONOMY, "Member States (2015), creating", "Member States, creating")
    edit(data_copy, ECONOMY, "(ASEAN) and the\n          EAEU.", "(ASEAN) and the\n          EAEU (2015).")
    line = line_of(data_copy, ECONOMY, "        - >-\n          The two sides will support each other")
    assert_only_error(data_copy, ECONOMY, line, "clause 17 segment 3: 2015 belongs in segment 2, where the "
                                                    "Vietnamese has it, not in segment 3; move it")


def test_a_number_missing_from_its_segment(data_copy):
    line = edit(data_copy, ECONOMY, "        - >-\n          on the Promotion and Protection of Investments (1992),",
                "        - >-\n          on the Promotion and Protection of Investments,")
    assert_only_error(data_copy, ECONOMY, line, "clause 13 segment 3: the Vietnamese has 1992 but the English "
                                                "does not")


def test_an_acronym_the_vietnamese_segment_lacks(data_copy):
    line = edit(data_copy, SEA, CLAUSE_35_ENGLISH_FIRST,
                CLAUSE_35_ENGLISH_FIRST.replace("commercial activities.", "commercial activities under UNCLOS."))
    assert_only_error(data_copy, SEA, line, "clause 35 segment 1: the English has UNCLOS but the Vietnamese does "
                                            "not")


@pytest.mark.parametrize(("segment", "message"), [
    ("''", "clause 35, English segment 1 (clauses[3].text.en[0]) is empty"),
    ("'   '", "clause 35 segment 1: the English segment is blank"),
    ("", "clause 35, English segment 1 (clauses[3].text.en[0]) is empty"),
])
def test_an_empty_segment(data_copy, segment, message):
    line = edit(data_copy, SEA, CLAUSE_35_ENGLISH_FIRST, f"        - {segment}\n".replace(" \n", "\n"))
    assert_only_error(data_copy, SEA, line, message)


def test_a_single_text_clause_is_checked_like_a_segment(data_copy):
    line = edit(data_copy, f"{DOCUMENT_ID}/chapters/closing.yaml", "Làm tại thành phố Minsk", "Làm tại Minsk")
    assert_only_error(data_copy, f"{DOCUMENT_ID}/chapters/closing.yaml", line - 1,
                      "clause 38: 'thành phố' is missing compared with the official text")


def test_the_official_text_must_be_in_the_project_folder(data_copy):
    (data_copy.parent / SOURCE).unlink()
    assert_only_error(data_copy, f"{DOCUMENT_ID}/document.yaml", 25,
                      f"the official text '{SOURCE}' is not found in the project folder")


def test_a_clause_missing_at_the_end_is_reported_against_the_official_text(data_copy):
    path = data_copy / DOCUMENT_ID / "chapters" / "closing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("  - number: 38")], encoding="utf-8")
    assert_only_error(data_copy, f"{DOCUMENT_ID}/document.yaml", 25,
                      "has 38 paragraphs but the last clause is 37; add clauses 38 to 38")


def test_every_segment_error_is_reported_in_one_run(data_copy):
    edit(data_copy, ECONOMY, CLAUSE_13_FIRST, CLAUSE_13_FIRST.replace("trụ cột quan trọng", "trụ cột"))
    edit(data_copy, SEA, "      en:\n" + CLAUSE_35_ENGLISH_FIRST + "        - >-\n", "      en:\n" + CLAUSE_35_ENGLISH_FIRST)
    edit(data_copy, ECONOMY, "Member States (2015), creating", "Member States, creating")
    messages = issues_of(data_copy)
    assert [m.split(": ", 1)[1].split(":")[0] for m in messages] == [
        "clause 13 segment 1", "clause 17 segment 2", "clause 35"], messages
