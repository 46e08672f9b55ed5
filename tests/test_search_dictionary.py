"""The real words and function words the build gives the search (statement_core/search/dictionary.mjs, issue 38):
Hunspell's words within a typo of the text, from the pinned npm dictionaries, and stopwords-iso's lists."""

from __future__ import annotations

from statement_core.runtime.node_scripts import NodeScript
from statement_core.search.index_build import DICTIONARY_SCRIPT
from statement_core.search.index_file import alias_phrases, index_data, synonym_groups, without_word_tables


def dictionary(records: dict[str, list[dict]]) -> dict:
    return NodeScript(DICTIONARY_SCRIPT, "nspell", {"records": records}).run()


def test_real_words_within_a_typo_of_the_text_and_function_words():
    found = dictionary({"vi": [{"title": "Hợp tác", "text": "thúc đẩy hợp tác"}],
                        "en": [{"title": "Trade", "text": "The universal character of the Convention and the police."}]})
    vi, en = found["vi"], found["en"]
    assert "thuốc" in vi["real"] and "thuoc" not in vi["real"], "a syllable as the dictionary writes it, marks and all"
    assert "thúc" not in vi["real"] and "thuc" not in vi["real"], "words of the text are not listed: they are found"
    assert "policy" in en["real"] and "grade" in en["real"], "one edit from 'police', 'trade'"
    assert "polce" not in en["real"] and "univrsal" not in en["real"], "typos are not words"
    assert {"what", "can", "is"} <= set(en["stop"]) and {"được", "gì", "không"} <= set(vi["stop"])


def test_real_words_two_edits_from_a_long_word_of_the_text_are_listed():
    """The page corrects a word of 9+ letters with two edits: every real word it could touch is listed, so
    "monuments" (two edits from "documents") is never corrected; a real word of the text's beginning too."""
    found = dictionary({"en": [{"title": "Documents", "text": "The documents on parliamentary cooperation."}]})
    real = set(found["en"]["real"])
    assert "monuments" in real, "two edits from 'documents'"
    assert "documentss" not in real and "dokuments" not in real, "typos are not words"
    assert "documents" not in real, "words of the text are found, not listed"


def test_index_data_carries_them_and_each_languages_alias_phrases(corpus):
    groups = synonym_groups(corpus)
    english = alias_phrases(corpus, "en")
    assert [place, "migrant workers"] in english if (place := next(
        i for i, group in enumerate(groups) if "migrant workers" in group)) is not None else False
    assert all(len(str(phrase).split()) > 1 for _, phrase in english)
    assert not any(phrase == "làm việc có thời hạn" for _, phrase in english), "Vietnamese phrases stay in vi"
    data = index_data("vi", [], [], None, {"real": ["thuốc", "ơi"], "stop": ["bao giờ", "gì"]}, [[0, "a b"]])
    assert data["realWords"] == "thuốc ơi" and data["stopWords"] == "bao giờ|gì" and data["aliasPhrases"] == [[0, "a b"]]


def test_the_word_tables_go_apart_and_the_function_words_stay():
    """Issue 38: what only a query word that is no word of the text needs is written to search/<language>-words.js;
    the function words and questions, which every query reads, stay in the index."""
    data = index_data("en", [], [], {"epidemics": "outbreak"}, {"real": ["police"], "stop": ["what"]}, [[0, "a b"]],
                      {"year": ("since when",)})
    index, tables = without_word_tables(data)
    assert tables == {"realWords": "police", "related": {"epidemics": "outbreak"}, "aliasPhrases": [[0, "a b"]]}
    assert index == {"language": "en", "records": [], "synonyms": [], "questions": {"year": "since when"},
                     "stopWords": "what", "wordTables": "en-words.js"}
    assert without_word_tables({"language": "vi", "records": []}) == ({"language": "vi", "records": []}, {})
