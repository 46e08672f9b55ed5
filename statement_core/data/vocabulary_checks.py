"""Checks on the search vocabulary: glossary aliases and data/synonyms.yaml, located where the fix belongs.

A phrase (folded as search folds it) may belong to one group only: if "East Sea" were an alias of two
entries, a query for it would expand to both, and the two entries' readers would each get the other's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from statement_core.data.file_models import GlossaryFile, SynonymsFile
from statement_core.data.errors import DataIssue
from statement_core.text.folding import phrase_key
from statement_core.data.yaml_source import Path_, YamlSource


@dataclass(frozen=True)
class _Phrase:
    text: str
    source: YamlSource
    path: Path_
    group: str  # how a message names the group: "glossary entry 'eaeu'"
    explicit: bool  # typed as a search alias (a glossary entry's own term and matches are implicit)

    @property
    def where(self) -> str:
        return f"{self.source.display_path}:{self.source.line_map.line_of(self.path)}"


def _glossary_phrases(source: YamlSource, glossary: GlossaryFile) -> list[list[_Phrase]]:
    groups = []
    for index, entry in enumerate(glossary.terms):
        name = f"glossary entry '{entry.id}'"
        base = ("terms", index)
        phrases = [_Phrase(getattr(entry.term, code), source, (*base, "term", code), name, False) for code in ("vi", "en")]
        phrases += [_Phrase(text, source, (*base, "match", code, position), name, False)
                    for code in ("vi", "en") for position, text in enumerate(getattr(entry.match, code))]
        if entry.aliases:
            phrases += [_Phrase(text, source, (*base, "aliases", code, position), name, True)
                        for code in ("vi", "en") for position, text in enumerate(getattr(entry.aliases, code))]
        groups.append(phrases)
    return groups


def _synonym_phrases(source: YamlSource, synonyms: SynonymsFile) -> list[list[_Phrase]]:
    return [[_Phrase(text, source, ("groups", index, code, position), f"synonym group '{group.id}'", True)
             for code in ("vi", "en") for position, text in enumerate(getattr(group, code))]
            for index, group in enumerate(synonyms.groups)]


def _question_issues(source: YamlSource, synonyms: SynonymsFile) -> list[DataIssue]:
    """A question word (synonyms.yaml `questions`) must have letters: the search matches it as a word."""
    if synonyms.questions is None:
        return []
    return [source.issue(("questions", kind, code, position), f"question word {text!r} has no letters or digits; "
                                                              "remove it")
            for kind in type(synonyms.questions).model_fields for code in ("vi", "en")
            for position, text in enumerate(getattr(getattr(synonyms.questions, kind), code))
            if not phrase_key(text)]


def check_vocabulary(glossary: tuple[YamlSource, GlossaryFile] | None,
                     synonyms: tuple[YamlSource, SynonymsFile] | None) -> list[DataIssue]:
    groups = (_glossary_phrases(*glossary) if glossary else []) + (_synonym_phrases(*synonyms) if synonyms else [])
    issues: list[DataIssue] = _question_issues(*synonyms) if synonyms else []
    owner: dict[str, _Phrase] = {}
    for phrases in groups:
        own: dict[str, _Phrase] = {}
        for phrase in phrases:
            key = phrase_key(phrase.text)
            if not key:
                issues.append(phrase.source.issue(phrase.path, f"search phrase {phrase.text!r} has no letters or "
                                                               "digits; remove it"))
                continue
            if key in own:
                if phrase.explicit:
                    issues.append(phrase.source.issue(
                        phrase.path, f"alias {phrase.text!r} is the same search phrase as {own[key].text!r} "
                                     f"({own[key].where}) in {phrase.group}; remove it"))
                continue
            own[key] = phrase
            other = owner.get(key)
            if other is not None and (phrase.explicit or other.explicit):
                issues.append(phrase.source.issue(
                    phrase.path, f"search phrase {phrase.text!r} also belongs to {other.group} ({other.where}); a "
                                 "phrase may belong to one group only: remove it from one of them or merge the groups"))
            owner.setdefault(key, phrase)
    return issues
