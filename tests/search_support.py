"""Typing a query into the site's search dialog and reading the results, as a reader would."""

from __future__ import annotations

import json
import re

from statement_core.search.index_file import REGISTRY, TEXTS_REGISTRY, WORDS_REGISTRY
from statement_tools.search_eval import WORDS_IN

RESULT_FIELDS = """links => links.map(a => ({
    href: a.href,
    title: a.querySelector('.statement-search__title').textContent.trim(),
    text: a.textContent,
    snippet: a.querySelector('.statement-search__snippet').textContent,
    language: a.querySelector('.statement-search__snippet').getAttribute('lang'),
    marked: Array.from(a.querySelectorAll('mark')).map(m => m.textContent)}))"""


def open_search(page) -> None:
    """Open the dialog from the header button and wait until both languages' indexes are loaded (the reader's
    is ready first, data-search-ready; data-search-complete once the other's is too)."""
    if not page.is_visible("[data-search-dialog]"):
        page.click("[data-search-open]")
    page.wait_for_selector("[data-search-dialog][data-search-complete]", state="attached", timeout=10_000)


def search(page, query: str) -> list[dict[str, object]]:
    """Results as [{href, title, text, language, marked}] in order (language: None for the reader's own), once
    the word tables the query needs are in (search/<language>-words.js: the list is redone then)."""
    open_search(page)
    page.fill("[data-search-input]", query)
    page.wait_for_selector(WORDS_IN, state="attached", timeout=10_000)
    return page.eval_on_selector_all("[data-search-results] a", RESULT_FIELDS)


def clause_numbers(results) -> list[int]:
    return [int(r["href"].rsplit("#clause-", 1)[1].split(".")[0]) for r in results if "#clause-" in r["href"]]



def registered_texts(script: str, language: str) -> list[str]:
    """The texts a search/<language>-texts.js script registers (statement_core/search/index_file.py)."""
    return _registered(script, TEXTS_REGISTRY, language)


def registered_words(script: str, language: str) -> dict:
    """The word tables a search/<language>-words.js script registers (statement_core/search/index_file.py)."""
    return _registered(script, WORDS_REGISTRY, language)


def registered_index(script: str, language: str) -> dict:
    """The data a search/<language>.js script registers (statement_core/search/index_file.py)."""
    return _registered(script, REGISTRY, language)


def _registered(script: str, registry: str, language: str):
    found = re.fullmatch(rf'\(window\.{registry}=window\.{registry}\|\|\{{\}}\)\["{language}"\]=JSON\.parse\((".*")\);\n',
                         script, re.DOTALL)
    assert found, script[:200]
    return json.loads(json.loads(found.group(1)))
