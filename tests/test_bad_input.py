"""Every kind of bad data gives `data/<file>:<line>: <what to fix>`, all of them in one run."""

from __future__ import annotations

import unicodedata

import pytest

from conftest import DOCUMENT_ID
from data_edits import assert_reported, edit, issues_of

CHAPTERS = f"{DOCUMENT_ID}/chapters"


def test_yaml_syntax_error(data_copy):
    line = edit(data_copy, "glossary.yaml", "    kind: acronym\n    term: {vi: EAEU", "    kind: acronym\n    term: {vi: [EAEU")
    assert_reported(data_copy, "glossary.yaml", line + 1, "YAML syntax error")


def test_unknown_field(data_copy):
    line = edit(data_copy, f"{CHAPTERS}/politics.yaml", "    topic:", "    colour: red\n    topic:")
    assert_reported(data_copy, f"{CHAPTERS}/politics.yaml", line, "unknown field 'colour'", "remove it")


def test_missing_field(data_copy):
    line = edit(data_copy, "agreements.yaml", "    kind: event\n    status: held\n    domain: diplomacy\n",
                "    kind: event\n    domain: diplomacy\n")
    assert_reported(data_copy, "agreements.yaml", line - 5, "missing field 'status'", "add it")


def test_duplicate_clause_id(data_copy):
    line = edit(data_copy, f"{CHAPTERS}/politics.yaml", "id: party-to-party-relations", "id: exchanges-at-all-levels")
    assert_reported(data_copy, f"{CHAPTERS}/politics.yaml", line, "clause id 'exchanges-at-all-levels'", "unique")


def test_clause_in_two_chapters(data_copy):
    line = edit(data_copy, f"{CHAPTERS}/defence.yaml", "number: 25", "number: 24")
    issues = issues_of(data_copy)
    assert any(i.startswith(f"data/{CHAPTERS}/economy.yaml:") or i.startswith(f"data/{CHAPTERS}/defence.yaml:{line}:")
               for i in issues if "clause 24 is also in chapter" in i), issues
    assert any("clause 25 is in no chapter" in i for i in issues), issues


def test_clause_in_no_chapter_is_a_number_gap(data_copy):
    path = data_copy / CHAPTERS / "closing.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - number: 37")
    end = text.index("  - number: 38")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    assert_reported(data_copy, f"{CHAPTERS}/closing.yaml", line, "clause 37 is in no chapter", "add clause 37")


def test_clauses_out_of_source_order(data_copy):
    edit(data_copy, f"{CHAPTERS}/sea.yaml", "number: 33", "number: 31")
    issues = issues_of(data_copy)
    assert any("comes after clause 32" in i and i.startswith(f"data/{CHAPTERS}/sea.yaml:") for i in issues), issues


def test_unknown_agreement_id_suggests_the_right_one(data_copy):
    line = edit(data_copy, f"{CHAPTERS}/economy.yaml", "investment-1992", "investmnt-1992")
    assert_reported(data_copy, f"{CHAPTERS}/economy.yaml", line, "unknown agreement 'investmnt-1992'",
                    "did you mean 'investment-1992'")


def test_unknown_chapter_id(data_copy):
    line = edit(data_copy, f"{DOCUMENT_ID}/document.yaml", "chapters: [preamble,", "chapters: [prologue, preamble,")
    assert_reported(data_copy, f"{DOCUMENT_ID}/document.yaml", line, "chapter 'prologue' has no file")


def test_chapter_file_not_listed(data_copy):
    edit(data_copy, f"{DOCUMENT_ID}/document.yaml", " sea, closing]", " closing]")
    assert_reported(data_copy, f"{CHAPTERS}/sea.yaml", 1, "not listed under 'chapters'")


def test_non_nfc_text(data_copy):
    decomposed = unicodedata.normalize("NFD", "Hợp tác kinh tế")
    line = edit(data_copy, f"{CHAPTERS}/economy.yaml", "        Hợp tác kinh tế", "        " + decomposed)
    assert_reported(data_copy, f"{CHAPTERS}/economy.yaml", line - 1, "not Unicode NFC")


@pytest.mark.parametrize("markup, kind", [
    ("<script>alert(1)</script>", "an HTML tag"),
    ("<img src=x onerror=alert(1)>", "an HTML tag"),
    ("&amp;", "an HTML entity"),
    ("[the site](https://example.org)", "a Markdown link"),
    ("**bold**", "Markdown bold"),
    ("`code`", "backtick"),
    ("{{ config.site_name }}", "template syntax"),
])
def test_markup_in_text(data_copy, markup, kind):
    line = edit(data_copy, f"{CHAPTERS}/sea.yaml", "      en: >-\n        The two sides emphasise",
                f"      en: >-\n        {markup} The two sides emphasise")
    assert_reported(data_copy, f"{CHAPTERS}/sea.yaml", line, kind, "write plain text")


@pytest.mark.parametrize("bad_date, fragment", [
    ('"2007-02-30"', "not a real date"),
    ('"2014-13"', "not a real date"),
    ('"12/5/2025"', "is not a date"),
])
def test_date_that_is_not_a_real_date(data_copy, bad_date, fragment):
    line = edit(data_copy, "agreements.yaml", 'date: "2007"', f"date: {bad_date}")
    assert_reported(data_copy, "agreements.yaml", line, fragment)


def test_unquoted_impossible_date_is_our_error_not_a_yaml_crash(data_copy):
    line = edit(data_copy, "agreements.yaml", 'date: "2007"', "date: 2007-02-30")
    assert_reported(data_copy, "agreements.yaml", line, "not a real date")


def test_duplicate_key(data_copy):
    line = edit(data_copy, "agreements.yaml", "    kind: event\n", "    kind: event\n    kind: plan\n")
    assert_reported(data_copy, "agreements.yaml", line + 1, "duplicate key 'kind'")


def test_every_error_is_reported_in_one_run(data_copy):
    edit(data_copy, "agreements.yaml", 'date: "2007"', 'date: "2007-02-30"')
    edit(data_copy, f"{CHAPTERS}/economy.yaml", "investment-1992", "investmnt-1992")
    edit(data_copy, f"{CHAPTERS}/sea.yaml", "The two sides emphasise", "<b>The two sides</b> emphasise")
    edit(data_copy, f"{CHAPTERS}/politics.yaml", "    topic:", "    colour: red\n    topic:")
    files = {issue.split(":")[0] for issue in issues_of(data_copy)}
    assert files == {"data/agreements.yaml", f"data/{CHAPTERS}/economy.yaml", f"data/{CHAPTERS}/sea.yaml",
                     f"data/{CHAPTERS}/politics.yaml"}


def test_cli_reports_errors_and_exits_non_zero(data_copy, capsys):
    from statement_core.cli import main

    edit(data_copy, f"{CHAPTERS}/economy.yaml", "investment-1992", "investmnt-1992")
    assert main(["--data", str(data_copy), "check"]) == 1
    assert f"data/{CHAPTERS}/economy.yaml:" in capsys.readouterr().err
    assert main(["check"]) == 0
