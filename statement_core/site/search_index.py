"""Split the search index that static-i18n merges across languages into one index per language.

static-i18n writes every language into search/search_index.json, so a Vietnamese reader gets English
results and the other way round. The default language keeps search/search_index.json; every other
language gets <lang>/search/search_index.json with locations relative to its own root, which is where its
pages point Material's search (their __config "base" is the language root).
"""

from __future__ import annotations

from typing import Any

SearchIndex = dict[str, Any]


def split_search_index(merged: SearchIndex, languages: tuple[str, ...], default: str) -> dict[str, SearchIndex]:
    indexes: dict[str, SearchIndex] = {}
    for language in languages:
        # Entries are shared with `merged`, never changed in place: a shallow copy is enough.
        index = {**merged, "config": {**merged["config"], "lang": [language]}}
        if language == default:
            others = tuple(f"{other}/" for other in languages if other != default)
            index["docs"] = [doc for doc in merged["docs"] if not doc["location"].startswith(others)]
        else:
            prefix = f"{language}/"
            index["docs"] = [{**doc, "location": doc["location"][len(prefix):]}
                             for doc in merged["docs"] if doc["location"].startswith(prefix)]
        indexes[language] = index
    return indexes


def search_index_script(index_json: str) -> str:
    """The offline form: a script defining the index, loadable from file:// where fetch() is blocked."""
    return f"var __index = {index_json}"
