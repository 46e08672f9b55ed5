"""The data holds the official Vietnamese text faithfully, and the English keeps every fact of it."""

from __future__ import annotations

import difflib
import unicodedata

import pytest

from conftest import ROOT, SOURCES
from source_text import normalise, paragraphs
from statement_core.data.translation_facts import dates_as_written, fact_problems

VIETNAMESE_SOURCE = SOURCES / "003_a895c28e3afb5b87.txt"
PRESS_SOURCE = SOURCES / "000_9ed57b72c5772c0e.txt"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def test_vietnamese_clauses_equal_the_official_paragraphs_in_order(document):
    official = paragraphs(VIETNAMESE_SOURCE)
    ours = [normalise(clause.text("vi")) for clause in document.clauses]
    assert len(official) == 38
    if ours != official:
        diff = "\n".join(difflib.unified_diff(official, ours, "official", "data", lineterm="", n=0))
        raise AssertionError("Vietnamese clauses differ from the official text:\n" + diff)
    assert [clause.number for clause in document.clauses] == list(range(1, 39))


def test_every_text_in_the_model_is_nfc(document):
    for clause in document.clauses:
        for language in ("vi", "en"):
            text = clause.text(language)
            assert text == unicodedata.normalize("NFC", text), (clause.number, language)


def test_project_copy_of_sources_equals_shared_seeds_when_present():
    if not SHARED_SEEDS.is_dir():
        return  # a fresh clone has no ../shared/; the project's own copy is then the reference
    for seed in sorted(SHARED_SEEDS.glob("*.txt")):
        assert (SOURCES / seed.name).read_bytes() == seed.read_bytes(), seed.name


def test_english_keeps_every_year_date_number_and_acronym_of_each_clause(document):
    """The loader checks this segment by segment; here the same rule holds for each clause as a whole."""
    problems = [f"clause {clause.number}: {problem.message}" for clause in document.clauses
                for problem in fact_problems([clause.text("vi")], [clause.text("en")], "vi", "en")]
    assert not problems, "\n".join(problems)


def test_every_clause_of_the_translation_is_aligned_segment_by_segment(document):
    assert sum(clause.segment_count for clause in document.clauses) == 79
    for clause in document.clauses:
        assert len(clause.segments("vi")) == len(clause.segments("en")) == clause.segment_count, clause.number
        assert clause.segments("ru") == ()


@pytest.mark.parametrize(("vietnamese", "english", "expected"), [
    ("ký năm 2023", "signed in 2032", ["the Vietnamese has 2023 but the English does not",
                                       "the English has 2032 but the Vietnamese does not"]),
    ("ngày 12/5/2025", "on 12 June 2025", ["the date 12 May 2025 of the Vietnamese is not written '12 May 2025'"]),
    ("Liên minh (EAEU)", "the Union (EEU)", ["the Vietnamese has EAEU", "the English has EEU"]),
    ("trong 33 năm qua", "over the past three decades", ["the Vietnamese has 33 but the English does not"]),
    ("Điều 125 của UNCLOS 1982", "article 125 of UNCLOS 1982", []),
])
def test_the_fact_rule_catches_what_a_translation_drops_or_changes(vietnamese, english, expected):
    messages = [problem.message for problem in fact_problems([vietnamese], [english], "vi", "en")]
    assert len(messages) == len(expected) and all(m.startswith(e) for m, e in zip(messages, expected)), messages


def test_date_rule_reads_vietnamese_dates():
    assert dates_as_written("từ ngày 11-12/5/2025 và tháng 3/2014", "en") == ["11 May 2025", "March 2014"]


def test_english_translation_is_complete_not_a_summary(document):
    for clause in document.clauses:
        ratio = len(clause.text("en")) / len(clause.text("vi"))
        assert 0.75 < ratio < 1.6, f"clause {clause.number}: English is {ratio:.2f}× the Vietnamese length"


def test_press_paragraphs_are_the_source_paragraphs_each_mapped_to_a_clause(document):
    source = paragraphs(PRESS_SOURCE)
    assert document.press is not None
    assert [normalise(p.text) for p in document.press.paragraphs] == source[1:]
    assert normalise(document.press.caption) in source[0]
    for paragraph in document.press.paragraphs:
        assert paragraph.clause_numbers, paragraph.number


def test_press_index_per_clause_is_derived_exactly(document):
    expected = {c.number: [] for c in document.clauses}
    for paragraph in document.press.paragraphs:
        for number in paragraph.clause_numbers:
            expected[number].append(paragraph.number)
    assert {c.number: list(c.press_paragraphs) for c in document.clauses} == expected
    assert [c.number for c in document.unreported_clauses()] == [n for n, ps in expected.items() if not ps]


def test_unreported_clauses_are_the_ones_the_press_left_out(document):
    assert [c.number for c in document.unreported_clauses()] == [1, 9, 33, 38]


def test_every_agreement_is_cited_and_the_reverse_index_is_exact(corpus):
    cited = {}
    for document in corpus.documents:
        for clause in document.clauses:
            for agreement_id in clause.agreement_ids:
                cited.setdefault(agreement_id, []).append((document.id, clause.number))
    for agreement in corpus.agreements:
        assert agreement.cited_in, agreement.id
        assert [(ref.document_id, ref.number) for ref in agreement.cited_in] == cited[agreement.id]
    assert set(cited) == {a.id for a in corpus.agreements}


def test_registry_has_the_agreements_the_text_names(corpus):
    dates = {a.id: (a.date.iso() if a.date else None) for a in corpus.agreements}
    assert dates["diplomatic-relations-1992"] == "1992"
    assert dates["foreign-ministries-2014"] == "2014-03"
    assert dates["joint-statement-2025"] == "2025-05-12"
    assert dates["coc-pending"] is None and dates["cooperation-roadmap"] is None
    years = {d[:4] for d in dates.values() if d}
    assert {"1982", "1992", "1997", "1999", "2000", "2002", "2007", "2011", "2014", "2015", "2023", "2025"} <= years


def test_chapters_hold_the_clauses_the_brief_assigns(document):
    chapters = {c.id: list(c.clause_numbers) for c in document.chapters}
    assert chapters == {
        "preamble": [1, 2, 3, 4, 5], "politics": [6, 7, 8, 9, 10], "defence": [11, 12, 25],
        "economy": [13, 14, 15, 16, 17, 24], "science": [18, 19, 20, 21, 22, 26],
        "culture": [23, 27, 28, 29, 36], "multilateral": [30, 31], "sea": [32, 33, 34, 35], "closing": [37, 38],
    }


def test_russian_is_authentic_but_has_no_invented_text(document):
    assert document.authentic_languages == ("vi", "ru")
    for clause in document.clauses:
        assert clause.texts["ru"].text is None
        assert clause.texts["ru"].provenance.status == "authentic-unavailable"
        assert clause.texts["vi"].provenance.status == "authentic"
        assert clause.texts["en"].provenance.status == "unofficial-translation"
