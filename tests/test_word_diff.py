"""The word-level difference shown in a clause's history and on the Changes page (no build, milliseconds)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, strategies as st

from statement_core.text.word_diff import DiffRun, side, word_diff


def test_a_replaced_title_is_deleted_then_inserted_between_equal_words():
    earlier = "the Agreement on Mutual Judicial and Legal Assistance in Civil, Family and Criminal Matters (2000);"
    current = "the Agreement on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (2000);"
    assert word_diff(earlier, current) == (
        DiffRun("equal", "the Agreement on"),
        DiffRun("deleted", "Mutual Judicial and Legal Assistance"),
        DiffRun("inserted", "Legal Assistance and Legal Relations"),
        DiffRun("equal", "in Civil, Family and Criminal Matters (2000);"),
    )


def test_three_equal_words_between_changes_keep_them_apart():
    assert word_diff("a b c d e", "x b c d y") == (
        DiffRun("deleted", "a"), DiffRun("inserted", "x"), DiffRun("equal", "b c d"),
        DiffRun("deleted", "e"), DiffRun("inserted", "y"))


def test_punctuation_stays_with_its_word_and_spaces_do_not_count():
    assert word_diff("signed  (2000);\n", "signed (2000).") == (
        DiffRun("equal", "signed"), DiffRun("deleted", "(2000);"), DiffRun("inserted", "(2000)."))


def test_decomposed_and_precomposed_letters_are_the_same_word():
    composed = "Việt Nam và Belarus"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert word_diff(decomposed, composed) == (DiffRun("equal", composed),)


def test_identical_and_empty_texts():
    assert word_diff("same words", "same words") == (DiffRun("equal", "same words"),)
    assert word_diff("", "new") == (DiffRun("inserted", "new"),)
    assert word_diff("old", "") == (DiffRun("deleted", "old"),)


_text = st.lists(st.sampled_from(["the", "of", "Viet", "Nam", "Việt", "hợp", "tác", "(2000);", "and"]),
                 max_size=12).map(" ".join)


@given(_text, _text)
def test_each_side_is_given_back_and_runs_never_repeat_a_kind(earlier, current):
    runs = word_diff(earlier, current)
    assert side(runs, "deleted") == " ".join(earlier.split())
    assert side(runs, "inserted") == " ".join(current.split())
    assert all(run.text for run in runs)
    assert all(not (a.kind == b.kind == "equal") for a, b in zip(runs, runs[1:]))
