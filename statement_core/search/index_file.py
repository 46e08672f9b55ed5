"""The file each language's search loads: search/<language>.js, a script that registers the index.

A script rather than JSON so the same file loads from file:// (the offline bundle), where fetch() of a local
file is refused; and the same in both trees, loaded from the site root.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from statement_core.model import READING_LANGUAGES, Corpus
from statement_core.search.records import SearchRecord, search_records
from statement_core.site_plan import SitePlan

REGISTRY = "statementSearchIndexes"  # overrides/search/loader.mjs reads it


def synonym_groups(corpus: Corpus) -> list[list[str]]:
    """Every group of phrases that mean the same to a searching reader, in both languages together:
    a glossary entry's term, match strings and aliases; each synonyms.yaml group."""
    groups = []
    for term in corpus.glossary:
        phrases = [term.term.vi, term.term.en, *term.matches.get("vi", ()), *term.matches.get("en", ()),
                   *term.aliases.get("vi", ()), *term.aliases.get("en", ())]
        groups.append(list(dict.fromkeys(phrases)))
    for group in corpus.synonyms:
        groups.append(list(dict.fromkeys([*group.phrases.get("vi", ()), *group.phrases.get("en", ())])))
    return [group for group in groups if len(group) > 1]


def index_data(language: str, records: Iterable[SearchRecord], synonyms: list[list[str]]) -> dict:
    return {"language": language, "records": [record.as_json() for record in records], "synonyms": synonyms}


def index_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (f'(window.{REGISTRY}=window.{REGISTRY}||{{}})[{json.dumps(data["language"])}]={text};\n')


def write_search_indexes(site_dir: Path, corpus: Corpus, plan: SitePlan, directory_urls: bool,
                         extra_records: Mapping[str, list[SearchRecord]]) -> list[Path]:
    """search/<language>.js for every reading language: the model's records, then `extra_records` (the
    sections of hand-written pages, read from the built HTML)."""
    folder = site_dir / "search"
    folder.mkdir(parents=True, exist_ok=True)
    synonyms = synonym_groups(corpus)
    written = []
    for language in READING_LANGUAGES:
        records = [*search_records(corpus, plan, language, directory_urls), *extra_records.get(language, [])]
        path = folder / f"{language}.js"
        path.write_text(index_script(index_data(language, records, synonyms)), encoding="utf-8")
        written.append(path)
    return written
