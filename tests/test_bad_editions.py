"""Bad editions and revisions fail the data check at `data/<file>:<line>` with what to fix."""

from __future__ import annotations

from conftest import DOCUMENT_ID
from data_edits import assert_only_error, edit, issues_of

SCIENCE = f"{DOCUMENT_ID}/chapters/science.yaml"
SEA = f"{DOCUMENT_ID}/chapters/sea.yaml"
PREAMBLE = f"{DOCUMENT_ID}/chapters/preamble.yaml"
EDITION_2 = '  - number: 2\n    date: "2026-11-30"\n'
LAST_EDITION_END = "in it, with an erratum to edition 3's reason for clause 33.\n"  # the last line of edition 4's entry


def test_a_revision_whose_earlier_text_is_the_current_one(data_copy):
    line = edit(data_copy, SCIENCE, "          earlier: >-\n            and to strengthen cooperation in the peaceful use "
                "of atomic energy and cooperation in\n            nuclear radiation safety.",
                "          earlier: >-\n            and to strengthen cooperation in the peaceful use of atomic "
                "energy and cooperation in\n            nuclear and radiation safety.")
    assert_only_error(data_copy, SCIENCE, line, "segment 18.3", "the earlier text is the same as the wording",
                      "remove the revision")


def test_an_edition_with_no_revisions(data_copy):
    line = edit(data_copy, "editions.yaml", LAST_EDITION_END, LAST_EDITION_END + "  - number: 5\n"
                "    date: \"2026-12-08\"\n    summary: {vi: Năm., en: Five.}\n") + 1
    assert_only_error(data_copy, "editions.yaml", line, "edition 5 has no revisions", "revisions.en",
                      "or remove the edition")


def test_a_revision_without_a_reason(data_copy):
    """A maintainer recording a reader's suggestion must say why (issue 31): edition 3's 1.1 without one."""
    text = (data_copy / PREAMBLE).read_text(encoding="utf-8")
    start = text.index("          reason:\n", text.index("          edition: 3\n"))
    end = text.index("  - number: 2\n", start)
    (data_copy / PREAMBLE).write_text(text[:start] + text[end:], encoding="utf-8")
    issues = issues_of(data_copy)
    assert len(issues) == 1 and issues[0].startswith(f"data/{PREAMBLE}:") and "reason" in issues[0], issues


def test_a_revision_whose_earlier_text_is_unchanged_in_edition_3(data_copy):
    """Edition 3's revision of 4.6 whose earlier wording is the current one: nothing was corrected."""
    line = edit(data_copy, PREAMBLE, "          earlier: >-\n            the promotion of peace, security, cooperation "
                "and development, and other common\n            principles.",
                "          earlier: >-\n            the promotion of peace, security, cooperation and development, "
                "and other general\n            principles.")
    issues = issues_of(data_copy)
    assert any(issue.startswith(f"data/{PREAMBLE}:{line}: ") and "segment 4.6" in issue
               and "the earlier text is the same as the wording" in issue for issue in issues), issues


def test_a_revision_of_the_vietnamese_text(data_copy):
    line = edit(data_copy, SEA, "    revisions:\n      en:\n", "    revisions:\n      vi:\n        - segment: 1\n"
                "          edition: 2\n          earlier: Vấn đề quan trọng.\n          reason: {vi: Sửa., en: Fixed.}\n"
                "      en:\n") + 2
    assert_only_error(data_copy, SEA, line, "clause 33", "the Vietnamese text is authentic and never changes",
                      "remove revisions.vi")


def test_a_revision_in_an_unknown_edition(data_copy):
    line = edit(data_copy, SEA, "        - segment: 1\n          edition: 3\n          earlier: >-\n            It is",
                "        - segment: 1\n          edition: 9\n          earlier: >-\n            It is") + 1
    assert_only_error(data_copy, SEA, line, "unknown edition 9", "the editions are 1, 2, 3, 4",
                      "add edition 9 to data/editions.yaml or fix the number")


def test_editions_dated_out_of_order(data_copy):
    line = edit(data_copy, "editions.yaml", EDITION_2, '  - number: 2\n    date: "2026-11-20"\n') + 1
    assert_only_error(data_copy, "editions.yaml", line, "edition 2 is dated 2026-11-20",
                      "not after the edition before it (2026-11-23)", "fix the date or the order")


def test_a_revision_in_edition_1(data_copy):
    line = edit(data_copy, SEA, "        - segment: 1\n          edition: 2\n          earlier: >-\n            It is",
                "        - segment: 1\n          edition: 1\n          earlier: >-\n            It is") + 1
    issues = [issue for issue in issues_of(data_copy) if issue.startswith(f"data/{SEA}:{line}: ")]
    assert issues and "edition 1 is the first publication" in issues[0] and "(2 or later)" in issues[0], issues


def test_a_revision_of_a_segment_the_clause_does_not_have(data_copy):
    line = edit(data_copy, SEA, "        - segment: 1\n          edition: 2\n", "        - segment: 4\n          edition: 2\n")
    assert_only_error(data_copy, SEA, line, "clause 33 has 1 segment, not 4", "give the position of the segment")


def test_two_revisions_of_one_segment_in_one_edition(data_copy):
    line = edit(data_copy, SCIENCE, "hẹp nghĩa thành bức xạ từ nguồn hạt nhân.\n  - number: 19",
                "hẹp nghĩa thành bức xạ từ nguồn hạt nhân.\n        - segment: 3\n          edition: 2\n"
                "          earlier: and to strengthen cooperation in nuclear safety.\n"
                "          reason: {vi: Hai., en: Two.}\n  - number: 19") + 2
    assert_only_error(data_copy, SCIENCE, line, "segment 18.3 already has a revision for edition 2", "keep one")


def test_an_unchanged_revision_is_found_beside_later_revisions_of_other_clauses(data_copy):
    """Clause 33 is revised again in edition 5; clause 26's edition-2 revision is compared with clause 26's text."""
    edit(data_copy, "editions.yaml", LAST_EDITION_END, LAST_EDITION_END + "  - number: 5\n"
         '    date: "2026-12-08"\n    summary: {vi: Năm., en: Five.}\n')
    edit(data_copy, SEA, "        exercise of freedom of passage.", "        exercise of the freedom of transit.")
    edit(data_copy, SEA, "  - number: 34\n", "        - segment: 1\n          edition: 5\n          earlier: It is an "
         "important matter of principle that the provisions of this universal international Convention be applied "
         "consistently so as not to prejudice the legitimate rights and interests of the States Parties to this "
         "Convention, including land-locked States, and not to threaten the integrity of the legal regime provided "
         "for in UNCLOS 1982, including the exercise of freedom of passage.\n"
         "          reason: {vi: Bốn., en: Four.}\n  - number: 34\n")
    line = edit(data_copy, SCIENCE, "greening land, in which connection they will study the\n",
                "greening land, among other things by studying the\n") - 2
    assert_only_error(data_copy, SCIENCE, line, "segment 26.1: the earlier text is the same as the wording that "
                      "replaced it in edition 2")


def test_a_revision_without_a_reason_in_both_languages(data_copy):
    """A reason is shown to readers of both languages (issue 37): edition 4's 28.1 with its English reason only."""
    culture = f"{DOCUMENT_ID}/chapters/culture.yaml"
    text = (data_copy / culture).read_text(encoding="utf-8")
    start = text.index("            vi: >-\n              \"Di tích lịch sử, văn hóa\" là công trình")
    end = text.index("  - number: 29\n", start)
    (data_copy / culture).write_text(text[:start] + text[end:], encoding="utf-8")
    line = text[:text.index("          reason:\n", text.index("          edition: 4\n", text.index("number: 28")))].count("\n") + 1
    issues = issues_of(data_copy)
    assert len(issues) == 1, issues
    assert issues[0].startswith(f"data/{culture}:{line}: ") and "vi" in issues[0], issues


ERRATUM_33 = "          errata:\n            - date: \"2026-12-07\"\n"


def test_an_erratum_dated_before_the_reason_it_corrects(data_copy):
    line = edit(data_copy, SEA, ERRATUM_33, ERRATUM_33.replace("2026-12-07", "2026-12-05")) + 1
    issues = issues_of(data_copy)
    assert any(issue.startswith(f"data/{SEA}:{line}: ") and "segment 33.1: the erratum is dated 2026-12-05, before "
               "what it corrects was published (2026-12-06)" in issue for issue in issues), issues


def test_an_erratum_that_repeats_the_reason_it_corrects(data_copy):
    """A new erratum (after the published one) that says what the published erratum says corrects nothing."""
    text = (data_copy / SEA).read_text(encoding="utf-8")
    start = text.index(ERRATUM_33) + len("          errata:\n")
    published = text[start:text.index("  - number: 34\n")]
    line = edit(data_copy, SEA, published + "  - number: 34\n",
                published + published.replace("2026-12-07", "2026-12-08") + "  - number: 34\n") + \
        published.count("\n") + 1
    assert_only_error(data_copy, SEA, line, "segment 33.1: the erratum gives the same reason as the one it corrects")
