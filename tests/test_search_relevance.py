"""Search relevance on the real build: the relevance set (tests/search_relevance.yaml), ranked by the search
dialog's own code on the built site's search files, must rank the accepted clause first. Every query is
ranked in Node (statement_tools/search-rank.mjs, the dialog's modules); the dialog in Chromium, typed into over
HTTP and from the offline bundle's file:// pages, ranks a sample spread over the whole set exactly alike."""

from __future__ import annotations

from collections import Counter

import pytest

from statement_tools.search_eval import Query, failures, load_queries, rank_all, rank_in_node, report, result_key, scores

MIN_P_AT_1 = 0.90
MIN_MRR = 0.95
# The held-out queries (tests/search_relevance.yaml, `split: held-out`), judged on their own against the bars
# declared before their first run, P@1 0.80 and MRR 0.85. The second batch missed them (0.73, 0.79) and has
# been part of the tuning set since its misses led to changes; the third batch, written by someone who saw
# neither the code nor the set, scored 0.87 and 0.88 on its first run ("pandemics" and "đại biểu quốc hội"
# missed). What the test holds is that first run, as a floor: a change that loses one of its queries fails.
MIN_HELD_OUT_P_AT_1 = 0.86
MIN_HELD_OUT_MRR = 0.88
# Issue 38's batch (80 queries, `batch: 2026-12-07`), judged on its own. Held out it scored P@1 0.80, MRR 0.84
# before issue 38's changes and 0.81, 0.86 after them (the goals were 0.95 and 0.96); once it had joined the
# set, pages ranked against clauses and equal shares compared exactly brought it to 0.81 and 0.86 (0.8125,
# 0.863); round 2 (questions, pages' headings) brought it to 0.875 and 0.899: its floor, with no empty list.
# Round 2's fresh batch (`batch: 2026-12-07b`), held out: 0.88, 0.91 before round 2's changes, 0.925 and 0.942
# after them, measured once each before it joined; that after-run is its floor, with no empty list.
# Round 3 (every real word two edits from a long word of the text listed; readers' words, second pass) brought
# the first to 0.925 and 0.941, the second to 0.9375 and 0.954: their floors now. Round 3's fresh batch
# (`batch: 2026-12-07c`), held out: 0.85, 0.91 before round 3's changes, 0.875 and 0.929 after them, measured
# once each before it joined; that after-run is its floor, with no empty list. Merged with issue 37 (edition 4's
# English, the rewritten pages on translating and on the project), the first batch fell to 0.9125 and 0.933: a
# page about the text now holds more words of some questions (three of its seven misses rank a page first).
# Round 4 (questions by their words and their frame, each word's credit by how it was found, pages weighed
# less, both languages' partial matches together, readers' words third pass) brought them to 0.95 and 0.970,
# 0.975 and 0.984, 0.9875 and 0.994: their floors now.
# Round 4's fresh batch (`batch: 2026-12-07d`), held out: 0.8625, 0.92 before round 4's changes, 0.90 and 0.941
# after them (the goals, 0.95 and 0.96, not met: questions and everyday phrasings again), measured once each
# before it joined; that after-run is its floor, with no empty list. Round 5, having studied it (a year asked for,
# function words as neither syllables of words nor rare words at full weight, readers' verbs): 0.9625 and 0.976,
# its floor now; the others kept theirs (0.95 and 0.973, 0.975 and 0.984, 0.9875 and 0.994).
# Round 5's fresh batch (`batch: 2026-12-07e`), held out: 0.925, 0.949 before round 5's changes, 0.9375 and
# 0.956 after them (the goals, 0.95 and 0.96, not met: a question asking when a plan comes, short topics),
# measured once each before it joined; that after-run is its floor, with no empty list.
BATCH_FLOORS = {"2026-12-07": (0.95, 0.96), "2026-12-07b": (0.975, 0.98), "2026-12-07c": (0.9875, 0.99),
                "2026-12-07d": (0.9625, 0.97), "2026-12-07e": (0.9375, 0.95), "2026-12-08": (0.975, 0.975)}


@pytest.fixture(scope="module")
def queries() -> list[Query]:
    return load_queries()


HTTP_SAMPLE = 3  # the dialog in Chromium over HTTP types one query in this many (every query: in Node)
BUNDLE_SAMPLE = 6  # the offline dialog in Chromium, from file:// pages: one query in this many


@pytest.fixture(scope="module")
def rankings(built_site, queries):
    """Every query's ranking by the dialog's code in Node, which ranks as the dialog in Chromium does (the
    tests below)."""
    return rank_in_node(built_site, queries)


@pytest.fixture(scope="module")
def http_rankings(chromium, site_url, queries):
    """One query in HTTP_SAMPLE typed into the dialog in Chromium over HTTP."""
    page = chromium.new_page()
    yield rank_all(page, site_url, queries[::HTTP_SAMPLE])
    page.close()


def test_the_relevance_set_covers_what_readers_type(queries):
    categories = Counter(q.category for q in queries)
    assert len(queries) >= 80
    assert set(categories) == {"vi-accented", "vi-unaccented", "vi-exact", "phrase", "typing", "en", "synonym",
                               "acronym", "cross-language", "page", "partial", "inner-word", "everyday", "typo",
                               "expansion", "question"}
    assert {q.split for q in queries} == {"tuning", "held-out"}
    assert min(categories.values()) >= 4
    assert {q.tree for q in queries} == {"vi", "en"}


def test_ranking_meets_the_thresholds(queries, rankings):
    table = scores(queries, rankings)
    message = report("All queries", table) + "\n" + "\n".join(failures(queries, rankings))
    assert table["all"].p_at_1 >= MIN_P_AT_1 and table["all"].mrr >= MIN_MRR, message


def test_each_held_out_batch_keeps_its_floor_and_lists_something(queries, rankings):
    for batch, (p_at_1, mrr) in BATCH_FLOORS.items():
        mine = [(query, ranking) for query, ranking in zip(queries, rankings) if query.batch == batch]
        assert len(mine) == 80
        table = scores(*zip(*mine))
        message = report(f"Batch {batch}", table) + "\n" + "\n".join(failures(*map(list, zip(*mine))))
        assert table["all"].p_at_1 >= p_at_1 and table["all"].mrr >= mrr and table["all"].empty == 0, message


def test_ranking_meets_its_bars_on_the_held_out_queries(queries, rankings):
    held_out = [(query, ranking) for query, ranking in zip(queries, rankings)
                if query.split == "held-out" and not query.batch]
    assert len(held_out) >= 15
    table = scores(*zip(*held_out))
    message = report("Held out", table) + "\n" + "\n".join(failures(*map(list, zip(*held_out))))
    assert table["all"].p_at_1 >= MIN_HELD_OUT_P_AT_1 and table["all"].mrr >= MIN_HELD_OUT_MRR, message


def test_the_offline_bundle_ranks_exactly_as_the_site(chromium, bundle, queries, rankings):
    """Every query ranks on the offline bundle's search files as on the site's (the dialog's code in Node),
    and the bundle's own dialog, opened from file:// pages, ranks one query in every BUNDLE_SAMPLE the same,
    with no request leaving the folder."""
    assert rank_in_node(bundle, queries) == rankings
    page = chromium.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    offline = rank_all(page, bundle.as_uri() + "/", queries[::BUNDLE_SAMPLE], "file")
    page.close()
    assert offline == rankings[::BUNDLE_SAMPLE]
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_the_dialog_in_chromium_ranks_as_the_node_ranking(queries, rankings, http_rankings):
    """The sample typed into the dialog in Chromium over HTTP (every category, both languages, every batch)
    ranks exactly as the dialog's code in Node, which the figures above come from (and `search_eval.py
    --engine node`, for working on the ranking)."""
    sample = queries[::HTTP_SAMPLE]
    assert {query.category for query in sample} == {query.category for query in queries}
    assert {query.batch for query in sample} == {query.batch for query in queries}
    assert [(query.query, ranking) for query, ranking in zip(sample, http_rankings)] == \
        [(query.query, ranking) for query, ranking in zip(sample, rankings[::HTTP_SAMPLE])]


def test_scores_are_ir_measures_per_language_category_and_split():
    query = Query("x", "vi", "c", (3, "page:glossary"))
    english = Query("y", "en", "d", (5,))
    table = scores([query, query, english], [[3, "page:glossary", 1], [1, "page:glossary", 3], []])
    assert table["c"].p_at_1 == 0.5
    assert table["c"].mrr == 0.75
    assert table["c"].ndcg_at_3 == pytest.approx((1 + (1 / 1.5849625 + 0.5) / (1 + 1 / 1.5849625)) / 2)
    assert table["language en"].p_at_1 == 0 and table["language en"].empty == 1 and table["all"].empty == 1
    assert table["split tuning"].count == 3 and table["all"].p_at_1 == pytest.approx(1 / 3)
    assert result_key("../culture/#clause-23") == 23 and result_key("culture.html#clause-23.2") == 23
    assert result_key("../../glossary/") == "page:glossary" == result_key("../glossary.html")
