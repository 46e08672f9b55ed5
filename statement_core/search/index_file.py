"""The file each language's search loads: search/<language>.js, a script that registers the index.

A script rather than JSON so the same file loads from file:// (the offline bundle), where fetch() of a local
file is refused; and the same in both trees, loaded from the site root.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from statement_core.model import Corpus

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


def index_data(language: str, records: Iterable[dict], synonyms: list[list[str]],
               related: dict[str, str] | None = None) -> dict:
    """What search/<language>.js registers, but for its serialised index: the records (SearchRecord.as_json),
    the synonym groups and, when there are any, the readers' words related to words of the text
    (statement_core/search/related_words.py)."""
    data = {"language": language, "records": list(records), "synonyms": synonyms}
    if related:
        data["related"] = related
    return data


def index_script(data: dict, serialised: str = "") -> str:
    """The script registering `data`; `serialised`, the JSON text of {index, words} the build made
    (statement_core/search/index_build.py), is joined in as it is rather than parsed and written again."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if serialised:
        text = f"{text[:-1]},{serialised[1:]}"
    # JSON.parse of a string rather than an object literal: browsers parse JSON several times faster than
    # script (five times, for the 12 MB index of a hundred documents).
    literal = json.dumps(text, ensure_ascii=False)
    return f'(window.{REGISTRY}=window.{REGISTRY}||{{}})[{json.dumps(data["language"])}]=JSON.parse({literal});\n'
