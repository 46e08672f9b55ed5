"""The files each language's search loads: search/<language>.js, a script that registers the index;
search/<language>-words.js, the tables only a query word that is no word of the text needs; and for a large
collection search/<language>-texts.js, the records' texts.

Scripts rather than JSON so the same files load from file:// (the offline bundle), where fetch() of a local
file is refused; and the same in both trees, loaded from the site root.

Why the texts apart (issue 30): a search finds and ranks from the index alone, and only the results' snippets
need the texts, which are half of a large collection's file. Apart, the page parses them after the index is
ready, while the reader types, and the search is ready in half the time.

Why the word tables apart (issue 38): Hunspell's real words near the text, WordNet's readers' words and the
words of the synonym phrases of several words are consulted only for a query word that is no word of the text
(overrides/search/forgiving.mjs wordTablesIn); most queries never need them, and they were a third of the
Vietnamese index and half of the English one (gzip). The page loads them when a query first does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from statement_core.model import Corpus

REGISTRY = "statementSearchIndexes"  # overrides/search/loader.mjs reads them
TEXTS_REGISTRY = "statementSearchTexts"
WORDS_REGISTRY = "statementSearchWords"
# What search/<language>-words.js holds (index_data's keys): each read only for a query word that is no word of
# the text.
WORD_TABLES = ("realWords", "related", "aliasPhrases")


def _groups_by_language(corpus: Corpus) -> list[dict[str, set[str]]]:
    """Every group of phrases that mean the same to a searching reader, each phrase with its languages: a
    glossary entry's term, match strings and aliases; each synonyms.yaml group."""
    groups = []
    for term in corpus.glossary:
        group: dict[str, set[str]] = {}
        for language in ("vi", "en"):
            for phrase in (term.term.get(language), *term.matches.get(language, ()), *term.aliases.get(language, ())):
                group.setdefault(phrase, set()).add(language)
        groups.append(group)
    for synonyms in corpus.synonyms:
        group = {}
        for language in ("vi", "en"):
            for phrase in synonyms.phrases.get(language, ()):
                group.setdefault(phrase, set()).add(language)
        groups.append(group)
    return [group for group in groups if len(group) > 1]


def synonym_groups(corpus: Corpus) -> list[list[str]]:
    """Every group of phrases that mean the same to a searching reader, in both languages together:
    a glossary entry's term, match strings and aliases; each synonyms.yaml group."""
    return [list(group) for group in _groups_by_language(corpus)]


def alias_phrases(corpus: Corpus, language: str) -> list[list[int | str]]:
    """The phrases of several words in `language`, each with its group's place in synonym_groups: one word of
    one finds the group (issue 38: "migrant" of "migrant workers"), in that language's index only."""
    return [[place, phrase] for place, group in enumerate(_groups_by_language(corpus))
            for phrase, languages in group.items() if language in languages and len(phrase.split()) > 1]


def index_data(language: str, records: Iterable[dict], synonyms: list[list[str]],
               related: dict[str, str] | None = None, dictionary: dict[str, list[str]] | None = None,
               aliases: list[list[int | str]] | None = None,
               questions: dict[str, tuple[str, ...]] | None = None) -> dict:
    """What search/<language>.js registers, but for its serialised index: the records (SearchRecord.as_json),
    the synonym groups and, when there are any, the readers' words related to words of the text
    (statement_core/search/related_words.py), the real words of the language within a typo of the text
    and its function words (statement_core/search/dictionary.mjs), each list one space-separated string (the page
    splits it when a query first needs it), and how readers ask a question (data/synonyms.yaml `questions`:
    kind → its phrases, "|"-separated, overrides/search/questions.mjs)."""
    data = {"language": language, "records": list(records), "synonyms": synonyms}
    if related:
        data["related"] = related
    if aliases:
        data["aliasPhrases"] = aliases
    if questions and any(questions.values()):
        data["questions"] = {kind: "|".join(phrases) for kind, phrases in questions.items()}
    if dictionary:
        data["realWords"] = " ".join(dictionary["real"])
        data["stopWords"] = "|".join(dictionary["stop"])  # some are phrases: "bao giờ"
    return data


def texts_file(language: str) -> str:
    """The name, under search/, of a language's texts kept apart from its index."""
    return f"{language}-texts.js"


def without_texts(data: dict) -> tuple[dict, list[str]]:
    """`data` whose records have no text, saying where the texts are ("texts": their file under search/),
    and the texts, in the records' order."""
    texts = [record.get("text", "") for record in data["records"]]
    records = [{key: value for key, value in record.items() if key != "text"} for record in data["records"]]
    return {**data, "records": records, "texts": texts_file(data["language"])}, texts


def words_file(language: str) -> str:
    """The name, under search/, of a language's word tables kept apart from its index."""
    return f"{language}-words.js"


def without_word_tables(data: dict) -> tuple[dict, dict]:
    """`data` without its WORD_TABLES, saying where they are ("wordTables": their file under search/), and the
    tables; `data` as it is, and no tables, when it has none."""
    tables = {key: data[key] for key in WORD_TABLES if key in data}
    if not tables:
        return data, {}
    rest = {key: value for key, value in data.items() if key not in tables}
    return {**rest, "wordTables": words_file(data["language"])}, tables


def _registering(registry: str, language: str, json_text: str) -> str:
    # JSON.parse of a string rather than an object literal: browsers parse JSON several times faster than
    # script (five times, for the 12 MB index of a hundred documents).
    literal = json.dumps(json_text, ensure_ascii=False)
    return f'(window.{registry}=window.{registry}||{{}})[{json.dumps(language)}]=JSON.parse({literal});\n'


def index_script(data: dict, serialised: str = "") -> str:
    """The script registering `data`; `serialised`, the JSON text of {index, words} the build made
    (statement_core/search/index_build.py), is joined in as it is rather than parsed and written again."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if serialised:
        text = f"{text[:-1]},{serialised[1:]}"
    return _registering(REGISTRY, data["language"], text)


def texts_script(language: str, texts: list[str]) -> str:
    """The script registering a language's texts (without_texts), in the records' order."""
    return _registering(TEXTS_REGISTRY, language, json.dumps(texts, ensure_ascii=False, separators=(",", ":")))


def words_script(language: str, tables: dict) -> str:
    """The script registering a language's word tables (without_word_tables)."""
    return _registering(WORDS_REGISTRY, language, json.dumps(tables, ensure_ascii=False, separators=(",", ":")))
