"""The translation's editions in the model: what each edition published, segment by segment and as a whole."""

from __future__ import annotations

import datetime as dt

import pytest

# Clause 33's English as the first edition published it (git show 185e8c5:data/…/chapters/sea.yaml, the
# parent of a92c5d7, which changed it): the test pins the reconstruction to the published words.
CLAUSE_33_FIRST_EDITION = (
    "It is an important matter of principle that the provisions of this universal international Convention be "
    "applied consistently so as not to prejudice the legitimate rights and interests of the States Parties to "
    "this Convention, including land-locked States, and not to threaten the integrity of the legal regime "
    "provided for in UNCLOS 1982, including the exercise of freedom of passage."
)


def test_the_document_knows_its_editions_in_order(corpus, document):
    assert [edition.number for edition in document.editions] == [1, 2, 3, 4]
    assert document.editions[0].date.first_day() == dt.date(2026, 11, 23)  # first publication
    assert document.editions[1].date.first_day() == dt.date(2026, 11, 30)  # the corrections' commit date
    assert document.editions[2].date.first_day() == dt.date(2026, 12, 6)  # the second review's (issue 31)
    assert document.editions[3].date.first_day() == dt.date(2026, 12, 7)  # the translator's review (issue 37)
    assert document.current_edition == document.edition(4)
    assert document.edition(2).summary.en.startswith("Corrections") and document.edition(2).summary.vi
    assert corpus.editions == document.editions
    with pytest.raises(KeyError, match="no edition 5"):
        document.edition(5)


def test_edition_3_revised_three_english_segments_and_withdrew_edition_2s_wording_of_33(document):
    revised = [(clause.segment_id(revision.segment), language) for clause, language, revision in document.revisions_in(3)]
    assert revised == [("1.1", "en"), ("4.6", "en"), ("33.1", "en")]
    for _, _, revision in document.revisions_in(3):
        assert revision.reason.en and revision.reason.vi
    segment = document.clause(33).segment(1)
    assert segment.revised_in == (2, 3)
    assert segment.text_in_edition(2).endswith("the exercise of the right of free passage.")
    assert segment.text_in_edition(3) == segment.text == CLAUSE_33_FIRST_EDITION
    reason = next(r for c, _, r in document.revisions_in(3) if c.number == 33).reason
    assert "Edition 2" in reason.en and "withdrawn" in reason.en and "article 125" in reason.en
    assert "ấn bản 2" in reason.vi and "Rút lại" in reason.vi
    assert document.clause(1).text("en").count(", for the benefit of") == 1
    assert document.clause(4).segment(6).text.endswith("and other general principles.")


def test_edition_2_revised_four_english_segments_with_reasons(document):
    revised = [(clause.segment_id(revision.segment), language) for clause, language, revision in document.revisions_in(2)]
    assert revised == [("18.3", "en"), ("25.3", "en"), ("26.1", "en"), ("33.1", "en")]
    assert document.revisions_in(1) == ()
    for _, _, revision in document.revisions_in(2):
        assert revision.reason.en and revision.reason.vi


def test_a_segment_knows_its_revisions_and_its_wording_in_each_edition(document):
    segment = document.clause(18).segment(3)
    assert segment.id == "18.3" and segment.revised_in == (2,)
    assert segment.text_in_edition(1).endswith("cooperation in nuclear radiation safety.")
    assert segment.text_in_edition(2) == segment.text
    assert segment.text.endswith("cooperation in nuclear and radiation safety.")
    assert document.clause(18).segment(1).revisions == ()


def test_clause_and_document_text_as_each_edition_published_it(document):
    assert document.clause(33).text_in_edition("en", 1) == CLAUSE_33_FIRST_EDITION
    assert document.clause(33).text_in_edition("en", 2).endswith("the right of free passage.")
    assert document.clause(33).text_in_edition("en", 3) == document.clause(33).text("en")
    assert "Mutual Judicial and Legal Assistance" in document.clause(25).text_in_edition("en", 1)
    first = document.in_edition(1)
    assert [edition.number for edition in first.editions] == [1]
    assert first.clause(33).text("en") == CLAUSE_33_FIRST_EDITION
    assert "in which connection they will study" in first.clause(26).segments("en")[0]
    assert all(clause.revisions == () for clause in first.clauses)  # nothing had been revised yet
    changed = {clause.number for clause in document.clauses if clause.text("en") != first.clause(clause.number).text("en")}
    assert changed == {1, 4, 10, 18, 25, 26, 28, 29}  # 33 went back to edition 1's wording in edition 3
    assert all(clause.text("vi") == first.clause(clause.number).text("vi") for clause in document.clauses)
    assert document.in_edition(4) == document
    # Edition 3 as published: before issue 37's corrections, and without the erratum to its reason dated later.
    third = document.in_edition(3)
    assert "relics" in third.clause(28).segments("en")[0] and "exchanges of views" in third.clause(10).segments("en")[0]


def test_the_corpus_in_an_edition_finds_its_documents(corpus, document):
    first = corpus.in_edition(1)
    assert first.document(document.id).clause(33).text("en") == CLAUSE_33_FIRST_EDITION
    assert first.editions == (document.edition(1),)


def test_each_edition_has_one_permanent_address_per_language():
    from statement_core.site_plan import edition_path, edition_url

    assert edition_path("vi", 1) == "editions/1/"
    assert edition_path("en", 2) == "en/editions/2/"
    assert edition_url("https://example.org/joint-statement/", "vi", 2) == "https://example.org/joint-statement/editions/2/"
    assert edition_url("https://example.org/joint-statement", "en", 1) == "https://example.org/joint-statement/en/editions/1/"


def test_edition_4_revised_three_segments_and_corrects_edition_3s_reason_by_an_erratum(document):
    """Issue 37: 10.1 "consultations", 28.1 "monuments and sites", 29.2's open list; 33.1's reason as published,
    with its dated erratum."""
    revised = [(clause.segment_id(revision.segment), language) for clause, language, revision in document.revisions_in(4)]
    assert revised == [("10.1", "en"), ("28.1", "en"), ("29.2", "en")]
    for _, _, revision in document.revisions_in(4):
        assert revision.reason.en and revision.reason.vi and revision.errata == ()
    assert "contacts and consultations at the level" in document.clause(10).segment(1).text
    assert "historical and cultural monuments and sites" in document.clause(28).segment(1).text
    list_end = document.clause(29).segment(2).text
    assert ", and enriching" not in list_end and "the enrichment of the substance" in list_end
    assert list_end.endswith("organisations...")
    (withdrawal,) = [revision for revision in document.clause(33).segment(1).revisions if revision.edition == 3]
    assert "reads like a term of art of UNCLOS" in withdrawal.reason.en  # as edition 3 published it
    (erratum,) = withdrawal.errata
    assert erratum.date.iso() == "2026-12-07"
    assert "innocent passage, transit passage and archipelagic sea lanes passage" in erratum.reason.en
    assert "quyền đi qua không gây hại" in erratum.reason.vi
