"""Readers' words for the English text's, from WordNet 3.0 (Princeton), derived at build time.

A reader searching the English text types words it does not use: "outbreaks" where it says "epidemics",
"pandemic", "seafaring". For every word of the clauses, WordNet gives the words a reader may type for it:
the other words of its senses (synonyms), a more general word (hypernym: "outbreak" for "epidemic"), a more
specific one (hyponyms: "pandemic"), and its derived and pertaining forms ("navigate",
"navigational"). The result maps each such reader's word to the words of the text it leads to; the page
searches those when the reader's word is no word of the text, ranked below the text's own words
(overrides/search/forgiving.mjs).

What counts, so that a related word leads to a clause that is about it:
- only the two most frequent senses of a word (WordNet orders senses by frequency), in the part of speech
  it most often is: "force" is a clause's "use of force", not "naval forces"; and only the first for a more
  general or specific word: "body", the human body, not the group that "diaspora" is a kind of;
- only a word of the text that is distinctive: in at most a quarter of the clauses ("cooperation", "sides"
  are in most of them, and a reader's word related to them would find every clause);
- only reader's words of single words, of four letters or more, that are not words of the text themselves
  nor another form of the word (which the search finds without help);
- at most MAX_TARGETS words of the text per reader's word, and MAX_READERS reader's words per word of the
  text, the closest relation first, then the shortest (the everyday word rather than the learned one).
A reader's word that WordNet relates to no word of the text is simply absent.

Words WordNet links by their definitions (issue 38), weaker than the links above and ranked after them:
- a word whose definition names a word of the text (or another form of it): "factory", "a plant consisting
  of one or more buildings with facilities for manufacturing", leads to "manufacture"; read over every noun
  sense of WordNet that is among its words' two most frequent, and only for words readers use (counted in
  WordNet's tagged texts at least MIN_GLOSS_COUNT times);
- the word a text's word is defined by (the definition's first noun, its genus), and that word's synonyms:
  "employment", "the occupation for which you are paid", leads from "occupation" and "job".
At most MAX_GLOSS_READERS such words per word of the text, the most used first; a reader's word keeps only
its one best such link, beside its closer ones (a definition before a compound name: "job" leads to
"employment", not to the "line" of "line of work").

WordNet is Debian's `wordnet-base` (/usr/share/wordnet), read by NLTK's WordNetCorpusReader (pinned in
requirements.txt): nothing is downloaded. Debian leaves out the `lexnames` file NLTK opens first; its 45
rows are those of the lexnames(5WN) manual page that the same package installs, read from there.
"""

from __future__ import annotations

import gzip
import io
import re
import warnings
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from statement_core.search.engine_rules import engine_number
from statement_core.text.folding import fold

WORDNET = Path("/usr/share/wordnet")
LEXNAMES_PAGE = Path("/usr/share/man/man5/lexnames.5WN.gz")
SENSES_PER_PART = 2
HYPONYM_DEPTH = 1
MAX_CLAUSE_SHARE = 0.1
MIN_LETTERS = 4
MAX_TARGETS = 2
GENERAL_FROM = 15
MAX_READERS = 8
ROOT_LETTERS = engine_number("ROOT_MIN_LETTERS")  # two forms of one word begin with this many letters alike
# How close each relation is: a synonym before a derived form before a more general or specific word, before a
# word linked by a definition.
SYNONYM, DERIVED, BROADER, NARROWER, DEFINED, COMPOUND = 0, 1, 2, 3, 4, 5
MIN_GLOSS_COUNT = 1
MIN_DEFINING_LETTERS = 3  # a word readers use, named by a definition: "job"
MAX_GLOSS_READERS = 6
_WORD = re.compile(r"[^\W\d_]+")
_PART_OF_SPEECH = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}


def _lexnames() -> str:
    """The lexnames file (number, name, part of speech), from the manual page's table."""
    page = gzip.decompress(LEXNAMES_PAGE.read_bytes()).decode()
    rows = re.findall(r"^(\d\d)\t(\w+)\.(\w+) *\t", page, re.MULTILINE)
    return "".join(f"{number}\t{part}.{name}\t{_PART_OF_SPEECH[part]}\n" for number, part, name in rows)


@cache
def wordnet() -> Any:
    """NLTK's reader of Debian's WordNet, loaded once per process (about 2 s)."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class DebianWordNet(WordNetCorpusReader):  # type: ignore[misc]
        def open(self, file: str) -> Any:
            return io.StringIO(_lexnames()) if file == "lexnames" else super().open(file)

        def map_wn(self, version: str = "wordnet") -> None:
            return None  # this is WordNet 3.0 itself: nothing to map to it (that would want NLTK's own copy)

        def lemma_count(self, lemma: Any) -> int:
            """How often readers use a word in a sense: NLTK searches the counts file on disk for every
            lemma (half the time of relating the text's words); read once into a table instead, with
            NLTK's answer (the first line of the lemma's key, else 0)."""
            return _usage_counts().get(lemma._key, 0) if lemma._lang == "eng" else 0

    if str(WORDNET) not in nltk.data.path:
        nltk.data.path.append(str(WORDNET))  # NLTK reads only from folders on its data path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": not used
        return DebianWordNet(str(WORDNET), None)


@cache
def _usage_counts() -> dict[str, int]:
    """cntlist.rev (sense key, sense number, count; sorted by key), as a table: sense key → count."""
    counts: dict[str, int] = {}
    for line in (WORDNET / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _sense_number, count = line.split(" ")
        counts.setdefault(key, int(count))
    return counts


def _lemmas(synsets: Iterable[Any]) -> set[str]:
    return {lemma.name() for synset in synsets for lemma in synset.lemmas()}


def _narrower(synset: Any, depth: int) -> set[Any]:
    found, frontier = set(), [synset]
    for _ in range(depth):
        frontier = [child for parent in frontier for child in parent.hyponyms() + parent.instance_hyponyms()]
        found.update(frontier)
    return found


@cache
def _parts_of_speech(net: Any, word: str) -> list[str]:
    """Noun or adjective, whichever the word most often is in WordNet's tagged texts (its senses' counts):
    "young" is an adjective (not the noun whose narrower words are "piglet" and "cub"), "force" a noun."""
    counts = {}
    for part in ("n", "a"):
        base = net.morphy(word, part)
        if base is not None:
            counts[part] = sum(lemma.count() for synset in net.synsets(base, part)
                               for lemma in synset.lemmas() if lemma.name().lower() == base)
    return [max(counts, key=lambda part: (counts[part], part == "n"))] if counts else []


def readers_words(word: str) -> dict[str, int]:
    """The words WordNet relates to `word` (a word of the text), each with its closest relation: nouns and
    adjectives only (the text's verbs, "strengthen", "promote", are not what readers look for, and their
    senses relate them to everything); for a general word (GENERAL_FROM narrower words or more: "group",
    "protection"), its synonyms and derived forms only."""
    net = wordnet()
    found: dict[str, int] = {}
    bases: set[str] = {word}

    def add(names: Iterable[str], relation: int) -> None:
        for name in names:
            key = name.lower()
            if "_" in key or "-" in key or len(key) < MIN_LETTERS or not key.isalpha():
                continue
            found[key] = min(found.get(key, relation), relation)

    for part in _parts_of_speech(net, word):
        base = net.morphy(word, part)
        bases.add(base)
        for sense, synset in enumerate(net.synsets(base, part)[:SENSES_PER_PART]):
            add(_lemmas([synset]), SYNONYM)
            lemmas = synset.lemmas()
            add((other.name() for lemma in lemmas for other in lemma.pertainyms()), DERIVED)
            add((other.name() for lemma in lemmas for other in lemma.derivationally_related_forms()
                 if other.synset().pos() in "nas"), DERIVED)
            add(_lemmas(synset.similar_tos()), DERIVED)
            narrower = _narrower(synset, HYPONYM_DEPTH)
            if sense == 0 and len(narrower) < GENERAL_FROM:  # only the word's first sense: "body" the
                # human body, not the group whose narrower word is "diaspora"
                add(_lemmas(synset.hypernyms() + synset.instance_hypernyms()), BROADER)
                add(_lemmas(narrower), NARROWER)
    for base in bases:  # the word's own forms: the search finds those by their stem already
        found.pop(base, None)
    return found


def _shared_root(a: str, b: str) -> bool:
    """Two forms of one word, by the page's rule (overrides/search/engine.mjs sameRoot): the same first five
    letters or more, and all but the last two of the shorter ("manufacturing", "manufacture")."""
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return shared >= max(ROOT_LETTERS, min(len(a), len(b)) - 2)


def _usage(synset: Any, name: str) -> int:
    return sum(lemma.count() for lemma in synset.lemmas() if lemma.name().lower() == name)


@cache
def _readers_of(synset: Any) -> tuple[tuple[str, int], ...]:
    """The single words of a sense that readers use, for which it is one of their two most frequent senses,
    with how often (WordNet's tagged texts; counted last, the slow part)."""
    net = wordnet()
    found = []
    for lemma in synset.lemmas():
        name = lemma.name().lower()
        if "_" in name or "-" in name or len(name) < MIN_DEFINING_LETTERS or not name.isalpha():
            continue
        if synset in net.synsets(name, synset.pos())[:SENSES_PER_PART] and lemma.count() >= MIN_GLOSS_COUNT:
            found.append((name, lemma.count()))
    return tuple(found)


def defined_words(distinctive: set[str]) -> dict[str, dict[str, tuple[int, int]]]:
    """Noun of the text → the readers' words linked to it by WordNet's compound names and definitions (this
    module's docstring), each with its relation (DEFINED, COMPOUND) and how often readers use it."""
    net = wordnet()
    nouns = {word for word in distinctive if _parts_of_speech(net, word) == ["n"]}
    by_start: dict[str, list[str]] = defaultdict(list)
    for word in nouns:
        by_start[word[:ROOT_LETTERS]].append(word)

    def text_word(token: str) -> list[str]:
        return [word for word in by_start.get(token[:ROOT_LETTERS], ())
                if word == token or (len(token) >= ROOT_LETTERS and _shared_root(word, token))]

    linked: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)  # word → name → (relation, usage)

    def add(word: str, name: str, relation: int, count: int) -> None:
        known = linked[word].get(name, (relation, 0))
        linked[word][name] = (min(known[0], relation), max(known[1], count))

    def link(word: str, synset: Any, relation: int) -> None:
        for name, count in _readers_of(synset):
            add(word, name, relation, count)

    # A compound name holding a word of the text, "manufacturing_plant": the other names of its sense.
    for name in net.all_lemma_names("n"):
        if "_" not in name:
            continue
        words = {word for part in name.split("_") for word in text_word(part.lower())}
        for synset in net.synsets(name, "n")[:1] if words else ():
            for word in words:
                link(word, synset, COMPOUND)
    # The nouns of a text word's definition ("employment": "the state of being employed or having a job"),
    # and the synonyms of its genus, the first ("the occupation for which you are paid": "job").
    for word in nouns:
        base = net.morphy(word, "n")
        for synset in net.synsets(base, "n")[:SENSES_PER_PART] if base else ():
            defining = [net.morphy(token, "n") for token in _WORD.findall(synset.definition().lower())
                        if token not in _ARTICLES and _parts_of_speech(net, token) == ["n"]]
            for position, noun in enumerate(defining):
                senses = net.synsets(noun, "n")[:1]
                if position == 0 and senses:
                    link(word, senses[0], DEFINED)
                elif senses and len(noun) >= MIN_DEFINING_LETTERS and noun.isalpha():
                    add(word, noun, DEFINED, _usage(senses[0], noun))
    return linked


_ARTICLES = {"a", "an", "the", "any", "one", "some", "of", "or", "and", "that", "which", "in", "to", "by"}


def _same_word(reader_word: str, word: str) -> bool:
    """Another form of the word, which the search finds by itself (its stem, a longer word holding it, the
    same first letters): "russia" for "russian", "biotechnology" for "technology"."""
    return reader_word in word or word in reader_word or reader_word[:ROOT_LETTERS] == word[:ROOT_LETTERS]


def related_words(clause_texts: list[str]) -> dict[str, str]:
    """Word of the text (folded, as written) → the readers' words (folded) that lead to it, space-separated
    (written once each, in a third of the size of the other way round), for the English text of the clauses
    `clause_texts`, under the rules of this module's docstring."""
    holders: dict[str, int] = defaultdict(int)
    for text in clause_texts:
        for word in set(_WORD.findall(fold(text))):
            holders[word] += 1
    text_words = set(holders)
    most = max(1, int(len(clause_texts) * MAX_CLAUSE_SHARE))
    candidates: dict[str, list[tuple[int, str]]] = defaultdict(list)
    distinctive = {word for word in text_words if len(word) >= MIN_LETTERS and holders[word] <= most}
    for word in sorted(distinctive):
        for reader_word, relation in readers_words(word).items():
            if reader_word not in text_words and not _same_word(reader_word, word):
                candidates[reader_word].append((relation, word))
    for word, readers in sorted(defined_words(distinctive).items()):
        kept = [name for name in sorted(readers, key=lambda name: (-readers[name][1], name))
                if name not in text_words and not _same_word(name, word)]
        for reader_word in kept[:MAX_GLOSS_READERS]:
            candidates[reader_word].append((readers[reader_word][0], word))
    leads: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for reader_word, targets in sorted(candidates.items()):
        closer = sorted(target for target in targets if target[0] < DEFINED)[:MAX_TARGETS]
        defined = sorted(target for target in targets if target[0] >= DEFINED)[:1]
        for relation, word in closer + defined:
            leads[word].append((relation, len(reader_word), reader_word))
    # A word linked by a definition is kept beside the closer ones, not in their place.
    return {word: " ".join(sorted({reader_word for *_, reader_word in
                                   sorted(r for r in readers if r[0] < DEFINED)[:MAX_READERS]
                                   + [r for r in readers if r[0] >= DEFINED]}))
            for word, readers in sorted(leads.items())}
