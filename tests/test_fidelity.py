"""The data holds the official Vietnamese text faithfully, and the English keeps every fact of it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

from conftest import ROOT, SOURCES
from source_text import normalise, paragraphs

VIETNAMESE_SOURCE = SOURCES / "003_a895c28e3afb5b87.txt"
PRESS_SOURCE = SOURCES / "000_9ed57b72c5772c0e.txt"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


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


def _years(text: str) -> set[str]:
    return set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text))


def _acronyms(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z]{2,}\b", text))


def _dates_in_english(text: str) -> list[str]:
    """Each d/m/yyyy or m/yyyy of the Vietnamese, as it must read in English."""
    wanted = []
    for day, month, year in re.findall(r"(?<!\d)(?:(\d{1,2})(?:-\d{1,2})?/)?(\d{1,2})/(\d{4})", text):
        wanted.append(f"{day} {MONTHS[int(month) - 1]} {year}" if day else f"{MONTHS[int(month) - 1]} {year}")
    return wanted


def test_english_keeps_every_year_date_and_acronym(document):
    problems = []
    for clause in document.clauses:
        vi, en = clause.text("vi"), clause.text("en")
        for year in _years(vi) - _years(en):
            problems.append(f"clause {clause.number}: year {year} missing in English")
        for acronym in _acronyms(vi) - _acronyms(en):
            problems.append(f"clause {clause.number}: acronym {acronym} missing in English")
        for date in _dates_in_english(vi):
            day_month_year = date.split()
            if not all(part in en for part in day_month_year):
                problems.append(f"clause {clause.number}: date {date} missing in English")
        for number in re.findall(r"(?<![\d/])\d{1,3}(?![\d/])", vi):
            if number not in re.findall(r"\d+", en):
                problems.append(f"clause {clause.number}: number {number} missing in English")
    assert not problems, "\n".join(problems)


def test_date_rule_reads_vietnamese_dates():
    assert _dates_in_english("từ ngày 11-12/5/2025 và tháng 3/2014") == ["11 May 2025", "March 2014"]


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
