"""Rules with one home: what the pages' scripts need of a clause's naming (the locator "13(2)", the address
#clause-13.2, the share sheet's opening words) is read from the page, which the core renders from
statement_core/formatting.py and share_pages.py; no script works it out again."""

from __future__ import annotations

import re

from conftest import ROOT

SCRIPTS = sorted((ROOT / "overrides").rglob("*.mjs"))
# A script that rebuilt one of them would hold one of these.
SECOND_COPIES = {
    "the segment locator 13(2)": re.compile(r'"\(\$1\)"|\(\$2\)'),
    "the address #clause-N.M": re.compile(r"clause-\$\{|clause-\(\\d"),
    "the share text's cut": re.compile(r"SHARE_TEXT_CHARACTERS|openingWords"),
}


def test_no_script_works_out_a_locator_an_address_or_a_share_text():
    found = [f"{path.relative_to(ROOT)}: {rule}" for path in SCRIPTS for rule, pattern in SECOND_COPIES.items()
             if pattern.search(path.read_text(encoding="utf-8"))]
    assert found == []


def test_every_segment_carries_its_locator_and_address(built_site, document):
    import lxml.html

    page = lxml.html.parse(str(built_site / f"{document.id}/economy/index.html")).getroot()
    halves = page.xpath("//article[@data-clause='14']//*[@data-segment='14.2']")
    assert {(half.get("data-locator"), half.get("data-address")) for half in halves} == {("14(2)", "clause-14.2")}
    assert [half.get("data-share-text") is not None for half in halves] == [True, False], "the page's half only"
    single = [clause for clause in document.clauses if clause.segment_count == 1][0]
    halves = page.xpath(f"//article[@data-clause='{single.number}']//*[@data-segment]") or lxml.html.parse(
        str(built_site / f"{document.id}/full-text/index.html")).getroot().xpath(f"//article[@data-clause='{single.number}']//*[@data-segment]")
    assert {half.get("data-locator") for half in halves} == {str(single.number)}, "one segment: the clause's number"


def test_the_search_build_reads_its_word_rules_from_the_engine(tmp_path, monkeypatch):
    """ROOT_MIN_LETTERS has one home, overrides/search/engine.mjs: the build reads it from there, and says so
    when the engine no longer defines it (rather than keeping a copy that drifts)."""
    from statement_core.search import engine_rules
    from statement_core.search.related_words import ROOT_LETTERS

    source = (ROOT / "overrides" / "search" / "engine.mjs").read_text(encoding="utf-8")
    assert f"const ROOT_MIN_LETTERS = {ROOT_LETTERS};" in source
    changed = tmp_path / "engine.mjs"
    changed.write_text(source.replace("const ROOT_MIN_LETTERS = 5;", "const ROOT_MIN_LETTERS = 6;"), encoding="utf-8")
    monkeypatch.setattr(engine_rules, "ENGINE", changed)
    engine_rules.engine_number.cache_clear()
    try:
        assert engine_rules.engine_number("ROOT_MIN_LETTERS") == 6
        changed.write_text("const OTHER = 1;\n", encoding="utf-8")
        engine_rules.engine_number.cache_clear()
        try:
            engine_rules.engine_number("ROOT_MIN_LETTERS")
        except RuntimeError as error:
            assert "ROOT_MIN_LETTERS" in str(error)
        else:
            raise AssertionError("a missing rule was not reported")
    finally:
        engine_rules.engine_number.cache_clear()
