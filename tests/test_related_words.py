"""The English readers' words derived from WordNet at build time (statement_core/search/related_words.py,
issue 30): what they relate, what they leave out, and that the built site's English word tables carry them."""

from __future__ import annotations

import pytest

from search_support import registered_index, registered_words
from statement_core.search import related_words as module
from statement_core.search.related_words import WORDNET, readers_words, related_words, wordnet

# Ten clauses, so that a word in two of them (a fifth) is not distinctive.
CLAUSES = ["Epidemics, climate change and terrorism.", "Agriculture and agricultural products.",
           "The provision of scholarships to students.", "Pharmaceuticals and medical equipment.",
           "The Convention on the Law of the Sea (UNCLOS).", "Freedom of navigation and overflight.",
           "Tourism and cultural heritage.", "Air transport and direct flights.",
           "Cooperation between the legislative bodies.", "Cooperation in the fields of justice."]


@pytest.fixture(scope="module")
def related() -> dict[str, list[str]]:
    return {word: readers.split(" ") for word, readers in related_words(CLAUSES).items()}


def test_wordnet_is_debians_read_in_place(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("nothing is downloaded"))
    assert wordnet() is wordnet(), "loaded once per process"
    assert str(wordnet().root) == str(WORDNET) and len(wordnet()._lexnames) == 45


def test_a_reader_word_leads_to_the_texts_word(related):
    assert {"outbreak", "pandemic"} <= set(related["epidemics"]), "a broader and a narrower word"
    assert "farming" in related["agriculture"]
    assert "medication" in related["pharmaceuticals"]


def test_a_word_the_resource_relates_to_no_clause_adds_nothing(related):
    readers = {reader for words in related.values() for reader in words}
    assert "volcano" not in readers and "warship" not in readers
    assert "unclos" not in related, "a word WordNet does not know relates nothing"
    assert "epidemics" not in related["epidemics"] and "epidemic" not in related["epidemics"], \
        "the word's own forms are the search's, not WordNet's"


def test_a_word_in_many_clauses_is_no_clauses_subject(related):
    assert "cooperation" not in related, "in two clauses of ten: more than a tenth"
    assert related_words(CLAUSES[:1] * 10) == {}, "a word in every clause leads nowhere"


def test_only_the_words_first_senses_lead_to_it():
    assert "diaspora" not in readers_words("bodies"), "the body is the human body first, not a group"
    assert "piglet" not in readers_words("young"), "young is an adjective first"


def test_the_english_word_tables_carry_them_and_the_vietnamese_none(built_site):
    """In search/en-words.js, which the page loads only for a query word that is no word of the text (issue 38),
    not in the index every search loads."""
    search = built_site / "search"
    english = registered_words((search / "en-words.js").read_text(encoding="utf-8"), "en")
    assert "outbreak" in english["related"]["epidemics"].split(" ")
    assert "related" not in registered_index((search / "en.js").read_text(encoding="utf-8"), "en")
    vietnamese = registered_words((search / "vi-words.js").read_text(encoding="utf-8"), "vi")
    assert "related" not in vietnamese


def test_the_lexnames_table_is_read_from_the_manual_page():
    rows = module._lexnames().splitlines()
    assert rows[0] == "00\tadj.all\t3" and rows[3] == "03\tnoun.Tops\t1" and len(rows) == 45


def test_every_hand_written_synonym_group_leads_to_a_clause(corpus):
    """data/synonyms.yaml is checked against the text too: each group has a phrase that a clause says (its
    heading or text, in either language; an English plural counts), so a reader's word listed there always
    leads to a clause about it."""
    from statement_core.text.folding import phrase_key

    clauses = {language: [f" {phrase_key(clause.topic.get(language) + ' ' + (clause.text(language) or ''))} "
                          for document in corpus.documents for clause in document.clauses] for language in ("vi", "en")}

    def said(language: str, phrase: str) -> bool:
        key = phrase_key(phrase)
        forms = (f" {key} ", f" {key}s ") if language == "en" else (f" {key} ",)
        return any(form in text for text in clauses[language] for form in forms)

    leading_nowhere = [group.id for group in corpus.synonyms
                       if not any(said(language, phrase) for language in ("vi", "en")
                                  for phrase in group.phrases.get(language, ()))]
    assert leading_nowhere == []


def test_definitions_link_a_readers_word_to_the_texts(related):
    """Issue 38: a word whose WordNet definition or compound name holds a word of the text ("factory", "a
    plant … for manufacturing"; "manufacturing plant"), and the nouns of a text word's own definition
    ("employment": "… having a job"), lead to it, beside the closer relations."""
    texts = ["The manufacture of modern products.", "The temporary employment of citizens.", *CLAUSES[:8]]
    linked = {word: readers.split(" ") for word, readers in related_words(texts).items()}
    assert "factory" in linked["manufacture"]
    assert "job" in linked["employment"]
    assert {"outbreak", "pandemic"} <= set(related["epidemics"]), "the closer relations are all still there"
