"""Bad search aliases and synonyms fail the data check with data/<file>:<line> and what to fix."""

from __future__ import annotations

from test_bad_input import assert_reported, edit, issues_of

EAST_SEA_ALIASES = "    aliases:\n      en: [South China Sea]\n"


def test_empty_alias(data_copy):
    line = edit(data_copy, "glossary.yaml", EAST_SEA_ALIASES, "    aliases:\n      en: ['']\n")
    assert_reported(data_copy, "glossary.yaml", line + 1, "terms[7].aliases.en[0]")


def test_alias_without_letters(data_copy):
    line = edit(data_copy, "glossary.yaml", EAST_SEA_ALIASES, "    aliases:\n      en: ['–']\n")
    assert_reported(data_copy, "glossary.yaml", line + 1, "'–' has no letters or digits", "remove it")


def test_alias_repeating_its_own_entry(data_copy):
    line = edit(data_copy, "glossary.yaml", EAST_SEA_ALIASES, "    aliases:\n      en: [South China Sea, east  SEA]\n")
    assert_reported(data_copy, "glossary.yaml", line + 1, "alias 'east  SEA' is the same search phrase as 'East Sea'",
                    "glossary entry 'east-sea'", "remove it")


def test_alias_clashing_with_another_entry(data_copy):
    line = edit(data_copy, "glossary.yaml", EAST_SEA_ALIASES, "    aliases:\n      en: [South China Sea, Code of conduct]\n")
    assert_reported(data_copy, "glossary.yaml", line + 1, "'Code of conduct' also belongs to glossary entry 'coc'",
                    "one group only")


def test_synonym_clashing_with_a_glossary_alias(data_copy):
    line = edit(data_copy, "synonyms.yaml", "    en: [rail, railway, railroad, trains]\n",
                "    en: [rail, railway, railroad, trains, Eurasian economic union]\n")
    assert_reported(data_copy, "synonyms.yaml", line, "'Eurasian economic union' also belongs to glossary entry 'eaeu'")


def test_synonym_group_without_id_and_an_unknown_field(data_copy):
    line = edit(data_copy, "synonyms.yaml", "  - id: rail\n", "  - ids: rail\n")
    issues = issues_of(data_copy)
    assert any(i.startswith(f"data/synonyms.yaml:{line}: ") and "missing field 'id'" in i for i in issues), issues
    assert any(i.startswith(f"data/synonyms.yaml:{line}: ") and "unknown field 'ids'" in i for i in issues), issues


def test_question_word_without_letters(data_copy):
    line = edit(data_copy, "synonyms.yaml", "    en: [what, when, where,", "    en: ['?', what, when, where,")
    assert_reported(data_copy, "synonyms.yaml", line, "question word '?' has no letters or digits", "remove it")
