"""The search index built at build time (statement_core/search/index_build.py): written serialised only for a
large collection, by Node with the page's own code, and kept in the store on its inputs."""

from __future__ import annotations

import pytest

from search_support import registered_index, registered_words
from statement_core.cache import CodeDigest, Store
from statement_core.search import index_build
from statement_core.search.index_build import SearchIndexBuild
from statement_core.search.records import SearchRecord
from statement_core.site_plan import plan_site

EXTRA = {"vi": [SearchRecord(id="page:about/", kind="page", title="Giới thiệu", text="Trang giới thiệu.",
                             href="about/")], "en": []}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    """One store for the file: the readers' words (WordNet) and the dictionary's real words, seconds to make,
    are made once and kept for the other test (each test counts only what it makes itself)."""
    return Store(tmp_path_factory.mktemp("store") / "store", CodeDigest())


def test_a_small_collection_gets_its_records_only_and_no_node(corpus, store, tmp_path):
    build = SearchIndexBuild(corpus, plan_site(corpus), True, store)
    assert not build.serialised and build.node is None
    build.write(tmp_path / "site", EXTRA)
    data = registered_index((tmp_path / "site" / "search" / "vi.js").read_text(encoding="utf-8"), "vi")
    assert "index" not in data and data["records"][-1]["id"] == "page:about/"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_word_tables_are_written_apart_from_the_index(corpus, store, tmp_path, language):
    """Issue 38: Hunspell's real words, WordNet's readers' words and the synonym phrases' words are read only for
    a query word that is no word of the text: search/<language>-words.js, which the index names."""
    SearchIndexBuild(corpus, plan_site(corpus), True, store).write(tmp_path / "site", EXTRA)
    search = tmp_path / "site" / "search"
    data = registered_index((search / f"{language}.js").read_text(encoding="utf-8"), language)
    tables = registered_words((search / f"{language}-words.js").read_text(encoding="utf-8"), language)
    assert data["wordTables"] == f"{language}-words.js"
    assert not {"realWords", "related", "aliasPhrases"} & data.keys() and {"stopWords", "questions"} <= data.keys()
    assert {"realWords", "aliasPhrases"} <= tables.keys() and ("related" in tables) == (language == "en")
    assert ("thuốc" if language == "vi" else "medication") in tables["realWords"].split(" ")


def test_a_large_collection_is_serialised_once_then_linked_from_the_store(corpus, store, tmp_path, monkeypatch):
    monkeypatch.setattr(index_build, "SERIALISED_FROM", 1)  # the statement itself, as if it were large
    first = SearchIndexBuild(corpus, plan_site(corpus), True, store)
    assert first.serialised and first.node is not None, "Node starts with the build"
    first.write(tmp_path / "one", EXTRA)
    data = registered_index((tmp_path / "one" / "search" / "vi.js").read_text(encoding="utf-8"), "vi")
    assert data["index"]["documentCount"] == len(data["records"]) and data["records"][-1]["id"] == "page:about/"
    made = store.made
    again = SearchIndexBuild(corpus, plan_site(corpus), True, store)
    again.write(tmp_path / "two", EXTRA)
    assert store.made == made and again.node is None, "kept: Node was ended, nothing made"
    for name in ("vi.js", "en.js", "vi-words.js", "en-words.js"):
        assert (tmp_path / "one" / "search" / name).read_bytes() == (tmp_path / "two" / "search" / name).read_bytes()
    changed = SearchIndexBuild(corpus, plan_site(corpus), True, store)
    changed.write(tmp_path / "three", {"vi": [], "en": []})  # a hand-written page changed: built again
    data = registered_index((tmp_path / "three" / "search" / "vi.js").read_text(encoding="utf-8"), "vi")
    assert data["records"][-1]["id"] != "page:about/" and data["index"]["documentCount"] == len(data["records"])
