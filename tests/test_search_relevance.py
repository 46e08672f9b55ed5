"""Search relevance on the real build: the relevance set (tests/search_relevance.yaml) typed into the
search dialog over HTTP and from the offline bundle's file:// pages must rank the accepted clause first."""

from __future__ import annotations

from collections import Counter

import pytest

from scripts.search_eval import Query, failures, load_queries, rank_all, report, result_key, scores

MIN_P_AT_1 = 0.90
MIN_MRR = 0.95
# The held-out queries (tests/search_relevance.yaml, `split: held-out`), judged on their own against the bars
# declared before their first run, P@1 0.80 and MRR 0.85. The second batch missed them (0.73, 0.79) and has
# been part of the tuning set since its misses led to changes; the third batch, written by someone who saw
# neither the code nor the set, scored 0.87 and 0.88 on its first run ("pandemics" and "đại biểu quốc hội"
# missed). What the test holds is that first run, as a floor: a change that loses one of its queries fails.
MIN_HELD_OUT_P_AT_1 = 0.86
MIN_HELD_OUT_MRR = 0.88


@pytest.fixture(scope="module")
def queries() -> list[Query]:
    return load_queries()


@pytest.fixture(scope="module")
def http_rankings(chromium, site_url, queries):
    page = chromium.new_page()
    yield rank_all(page, site_url, queries)
    page.close()


def test_the_relevance_set_covers_what_readers_type(queries):
    categories = Counter(q.category for q in queries)
    assert len(queries) >= 80
    assert set(categories) == {"vi-accented", "vi-unaccented", "vi-exact", "phrase", "typing", "en", "synonym",
                               "acronym", "cross-language", "page", "partial", "inner-word", "everyday", "typo",
                               "expansion"}
    assert {q.split for q in queries} == {"tuning", "held-out"}
    assert min(categories.values()) >= 4
    assert {q.tree for q in queries} == {"vi", "en"}


def test_ranking_meets_the_thresholds_over_http(queries, http_rankings):
    table = scores(queries, http_rankings)
    message = report("HTTP", table) + "\n" + "\n".join(failures(queries, http_rankings))
    assert table["all"].p_at_1 >= MIN_P_AT_1 and table["all"].mrr >= MIN_MRR, message


def test_ranking_meets_its_bars_on_the_held_out_queries(queries, http_rankings):
    held_out = [(query, ranking) for query, ranking in zip(queries, http_rankings) if query.split == "held-out"]
    assert len(held_out) >= 15
    table = scores(*zip(*held_out))
    message = report("HTTP, held out", table) + "\n" + "\n".join(failures(*map(list, zip(*held_out))))
    assert table["all"].p_at_1 >= MIN_HELD_OUT_P_AT_1 and table["all"].mrr >= MIN_HELD_OUT_MRR, message


def test_the_offline_bundle_ranks_exactly_as_the_site(chromium, bundle, queries, http_rankings):
    page = chromium.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    offline = rank_all(page, bundle.as_uri() + "/", queries, "file")
    page.close()
    assert offline == http_rankings
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_scores_count_first_hits_top_three_and_reciprocal_rank():
    query = Query("x", "vi", "c", (3, "page:glossary"))
    table = scores([query, query], [[3, "page:glossary", 1], [1, "page:glossary", 3]])
    assert table["all"].p_at_1 == 0.5
    assert table["all"].p_at_3 == 1.0  # both accepted results are in the first three, both times
    assert table["all"].mrr == 0.75
    assert result_key("../culture/#clause-23") == 23 and result_key("culture.html#clause-23.2") == 23
    assert result_key("../../glossary/") == "page:glossary" == result_key("../glossary.html")
