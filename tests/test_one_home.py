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
