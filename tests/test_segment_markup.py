"""Segments in the built pages: both columns of every clause hold the same segments N.M, in order, whose
text is the clause's; on chapter pages the half in the page's language carries the address clause-N.M."""

from __future__ import annotations

import pytest

from conftest import DOCUMENT_ID
from html_pages import LANGUAGE_PREFIX, page, text_of
from source_text import normalise

LANGUAGES = ("vi", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapter_pages_give_each_segment_in_both_columns_and_an_address_in_the_pages_language(built_site, document,
                                                                                              language):
    for chapter in document.chapters:
        tree = page(built_site, f"{LANGUAGE_PREFIX[language]}{DOCUMENT_ID}/{chapter.id}/")
        for clause in document.chapter_clauses(chapter):
            ids = [clause.segment_id(m) for m in range(1, clause.segment_count + 1)]
            for code in LANGUAGES:
                column = tree.xpath(f"//article[@data-clause='{clause.number}']//*[@data-column='{code}']")[0]
                segments = column.xpath(".//*[@data-segment]")
                assert [s.get("data-segment") for s in segments] == ids, (clause.number, code)
                assert [normalise(text_of(s)) for s in segments] == [normalise(t) for t in clause.segments(code)]
                expected = [clause.segment_anchor(m) for m in range(1, clause.segment_count + 1)] \
                    if code == language else [None] * clause.segment_count
                assert [s.get("id") for s in segments] == expected, (clause.number, code)


def test_the_whole_text_has_segments_without_addresses(built_site, document):
    tree = page(built_site, f"{DOCUMENT_ID}/full-text/")
    segments = tree.xpath("//*[@data-segment]")
    assert len(segments) == 2 * sum(clause.segment_count for clause in document.clauses)
    assert not [s for s in segments if s.get("id")], "one address per segment: its chapter page's"
