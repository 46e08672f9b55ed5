"""Citations name the edition of the translation they cite and point at its permanent address; Vietnamese
citations write dates as Vietnamese readers do, in every style. Read back with rispy, bibtexparser and citeproc-py."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy

from statement_core.runtime.build_info import build_info
from statement_core.citations import render_references, statement_item
from statement_core.citations.dialog_data import citation_scripts, document_script_path
from statement_core.citations.items import cited_statement_url
from statement_core.citations.references import STYLES
from statement_core.exports.citation_files import render_citation_files
from statement_core.site_plan import edition_url, plan_site

SITE = "https://example.org/js/"
EDITION_4 = "https://example.org/js/en/editions/4/"  # the current edition (issue 37)


@pytest.fixture(scope="module")
def files(corpus, document):
    return {language: render_citation_files(corpus, document, language, SITE, build_info()) for language in ("vi", "en")}


def test_english_ris_names_edition_4_and_links_its_permanent_address(files, document):
    statement, *clauses = rispy.loads(files["en"]["statement.en.ris"].decode("utf-8"))
    assert statement["edition"] == "4" and statement["urls"] == [EDITION_4]
    assert "Edition 4 of the English translation, 7 December 2026." in statement["notes"][-1]
    assert [record["urls"][0] for record in clauses] == [f"{EDITION_4}#clause-{c.number}" for c in document.clauses]
    assert all(record["edition"] == "4" for record in clauses)


def test_english_bibtex_and_csl_json_name_the_edition(files):
    library = bibtexparser.parse_string(files["en"]["statement.en.bib"].decode("utf-8"))
    assert not library.failed_blocks
    assert library.entries[0]["edition"] == "4" and library.entries[0]["url"] == EDITION_4
    assert library.entries[25]["url"] == f"{EDITION_4}#clause-25"
    whole, *_ = json.loads(files["en"]["statement.en.csl.json"])
    assert whole["edition"] == "4" and whole["URL"] == EDITION_4 and "version" not in whole
    assert EDITION_4 in render_references(whole, "en")["chicago-bibliography"]


def test_the_authentic_vietnamese_has_no_edition(files, corpus, document):
    statement, *_ = rispy.loads(files["vi"]["statement.vi.ris"].decode("utf-8"))
    assert "edition" not in statement
    assert statement["urls"] == [cited_statement_url(plan_site(corpus), document, "vi", SITE)]
    assert "/editions/" not in statement["urls"][0]
    assert "edition" not in bibtexparser.parse_string(files["vi"]["statement.vi.bib"].decode("utf-8")).entries[0]


def test_the_cite_dialog_says_which_edition_it_cites(corpus, document, tmp_path):
    plan = plan_site(corpus)
    script = citation_scripts(corpus, plan, "en", SITE)[document_script_path(document.id)]
    entries = json.loads(script.split("] = ", 1)[1].rstrip(";\n"))
    assert entries["25"]["subject"] == ("Clause 25: Justice and law enforcement (edition 4 of the English "
                                        "translation, 7 December 2026)")
    assert f"{EDITION_4}#clause-25.3" in entries["25.3"]["references"]["chicago-note"]
    assert edition_url(SITE, "en", 4) in entries["statement"]["references"]["apa-reference"]
    vietnamese = citation_scripts(corpus, plan, "vi", SITE)[document_script_path(document.id)]
    assert "editions/" not in vietnamese and "ấn bản" not in vietnamese


# Every style that follows the reader's language and prints a full date (APA's in-text form prints the year only).
FULL_DATE_STYLES = [style.id for style in STYLES if style.csl.fixed_locale is None and style.id != "apa-in-text"]


@pytest.mark.parametrize("style", FULL_DATE_STYLES)
def test_vietnamese_references_write_dates_as_vietnamese_readers_do(document, style):
    reference = render_references(statement_item(document, "vi", SITE), "vi", "13")[style]
    assert "ngày 12 tháng 5 năm 2025" in reference and "Tháng Năm" not in reference, reference
