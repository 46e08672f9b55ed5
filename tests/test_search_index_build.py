"""The search index built at build time (statement_core/search/index_build.py): written serialised only for a
large collection, by Node with the page's own code, and cached on its inputs so an unchanged rebuild
starts no Node."""

from __future__ import annotations

import pytest

from search_support import registered_index
from statement_core.search import index_build
from statement_core.search.index_build import SearchIndexBuild
from statement_core.search.records import SearchRecord
from statement_core.site_plan import plan_site

EXTRA = {"vi": [SearchRecord(id="page:about/", kind="page", title="Giới thiệu", text="Trang giới thiệu.",
                             href="about/")], "en": []}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(index_build, "CACHE", tmp_path / "cache")
    return tmp_path / "cache"


def test_a_small_collection_gets_its_records_only_and_no_node(corpus, cache, tmp_path):
    build = SearchIndexBuild(corpus, plan_site(corpus), True)
    assert not build.serialised and build.node is None
    build.write(tmp_path / "site", EXTRA)
    data = registered_index((tmp_path / "site" / "search" / "vi.js").read_text(encoding="utf-8"), "vi")
    assert "index" not in data and data["records"][-1]["id"] == "page:about/"
    assert not cache.exists()


def test_a_large_collection_is_serialised_once_then_copied_from_the_cache(corpus, cache, tmp_path, monkeypatch):
    monkeypatch.setattr(index_build, "SERIALISED_FROM", 1)  # the statement itself, as if it were large
    first = SearchIndexBuild(corpus, plan_site(corpus), True)
    assert first.serialised and first.node is not None, "Node starts with the build"
    first.write(tmp_path / "one", EXTRA)
    data = registered_index((tmp_path / "one" / "search" / "vi.js").read_text(encoding="utf-8"), "vi")
    assert data["index"]["documentCount"] == len(data["records"]) and data["records"][-1]["id"] == "page:about/"
    again = SearchIndexBuild(corpus, plan_site(corpus), True)
    assert again.node is None, "an unchanged rebuild starts no Node"
    again.write(tmp_path / "two", EXTRA)
    for language in ("vi", "en"):
        assert (tmp_path / "one" / "search" / f"{language}.js").read_bytes() == \
            (tmp_path / "two" / "search" / f"{language}.js").read_bytes()
    changed = SearchIndexBuild(corpus, plan_site(corpus), True)
    changed.write(tmp_path / "three", {"vi": [], "en": []})  # a hand-written page changed: built again
    data = registered_index((tmp_path / "three" / "search" / "vi.js").read_text(encoding="utf-8"), "vi")
    assert data["records"][-1]["id"] != "page:about/" and data["index"]["documentCount"] == len(data["records"])
