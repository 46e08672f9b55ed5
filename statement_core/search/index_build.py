"""search/<language>.js, with the search index built at build time for a large collection (issue 22).

Building the index in the page takes about 0.35 ms per record here: nothing for the statement's 91
records, seconds for a hundred documents. Records with their serialised index are about four times the
records' size (gzip), so the index is written only from SERIALISED_FROM records on; below that the page
builds it from the records, about as fast as it would load it and from a quarter of the download.

Node builds them (statement_core/search/index_build.mjs) with the code the pages search with (overrides/search/), and
the build overlaps it as it does the service worker (an output of the publishing step with a `start`,
statement_core/publish/outputs.py): Node starts when the build does and indexes the
model's records while MkDocs renders the pages; the hand-written pages' records, known only at the end,
are added last. The result is kept in the build's store under its records and synonyms (the store adds the
code: the engine's sources, the script and the libraries' versions), so an unchanged rebuild links two files.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path

from statement_core.cache import Store
from statement_core.cache.links import link_all
from statement_core.model import READING_LANGUAGES, Corpus
from statement_core.runtime.node_scripts import ROOT, NodeScript
from statement_core.runtime.parallel import Forked
from statement_core.search.index_file import (alias_phrases, index_data, index_script, synonym_groups, texts_file,
                                              texts_script, without_texts, without_word_tables, words_file,
                                              words_script)
from statement_core.search.records import SearchRecord, search_records
from statement_core.search.related_words import related_words
from statement_core.site_plan import SitePlan

SCRIPT = ROOT / "statement_core" / "search" / "index_build.mjs"
# The real words near the text and the function words of each language, from the pinned dictionaries and
# stopword lists (issue 38): a second Node script, started with the build and run while the pages render.
DICTIONARY_SCRIPT = ROOT / "statement_core" / "search" / "dictionary.mjs"
SERIALISED_FROM = 400  # records of one language (the statement has 91; ten documents, about 560)


def _clause_texts(records: list[dict]) -> list[str]:
    """What WordNet's related words are checked against: each clause's heading and text."""
    return [f"{record.get('title', '')}. {record['text']}" for record in records if record["kind"] == "clause"]


def _records_json(records: Mapping[str, list[SearchRecord]]) -> dict[str, list[dict]]:
    return {language: [record.as_json() for record in records.get(language, [])] for language in READING_LANGUAGES}


class SearchIndexBuild:
    """One build's search indexes: started with the model's records, written with the hand-written pages'."""

    def __init__(self, corpus: Corpus, plan: SitePlan, directory_urls: bool, store: Store) -> None:
        self.store = store
        self.synonyms = synonym_groups(corpus)
        self.aliases = {language: alias_phrases(corpus, language) for language in READING_LANGUAGES}
        self.questions = {language: corpus.questions.get(language, {}) for language in READING_LANGUAGES}
        self.model = _records_json({language: search_records(corpus, plan, language, directory_urls)
                                    for language in READING_LANGUAGES})
        self.serialised = max(len(records) for records in self.model.values()) >= SERIALISED_FROM
        self.node: NodeScript | None = None
        if self.serialised:  # a large collection: Node indexes the model's records while the pages render
            self.node = NodeScript(SCRIPT, "minisearch")
            self.node.send({"records": self.model})
        # The English readers' words from WordNet (related_words.py): about 2 s to load WordNet and 1 s to
        # relate the text's words, kept in the store by the clauses' texts (WordNet, Debian's wordnet-base, is in
        # the code digest by its package's version: cache/code.py), else made in a process of their own while
        # the pages render.
        self.related_inputs = [_clause_texts(self.model["en"])]
        self.related: Forked[dict[str, str]] | None = None
        if store.find("related-words", self.related_inputs, probe=True)[1] is None:
            self.related = Forked(related_words, self.related_inputs[0])
        # Hunspell's real words within a typo of the text, and the stopword lists (search/dictionary.mjs);
        # the code's digest (the script, package-lock.json) is in the store's key.
        self.dictionary: NodeScript | None = None
        if store.find("search-dictionary", self.model, probe=True)[1] is None:
            self.dictionary = NodeScript(DICTIONARY_SCRIPT, "nspell", {"records": self.model})

    def write(self, site_dir: Path, extra_records: Mapping[str, list[SearchRecord]]) -> None:
        """search/<language>.js for every reading language: the model's records, then `extra_records` (the
        sections of hand-written pages, read from the built HTML), each with its serialised index."""
        extra = _records_json(extra_records)
        kept = self.store.files("search-index", [self.model, extra, self.synonyms, self.aliases, self.questions, self.serialised],
                                lambda: self._scripts(extra))
        self.cancel()
        link_all((file, site_dir / "search" / name) for name, file in kept.items())

    def _related_words(self) -> dict[str, str]:
        started, self.related = self.related, None
        return self.store.value("related-words", self.related_inputs,
                                lambda: started.result() if started else related_words(self.related_inputs[0]))

    def _dictionary(self) -> dict[str, dict[str, list[str]]]:
        started, self.dictionary = self.dictionary, None
        return self.store.value("search-dictionary", self.model, lambda: (
            started or NodeScript(DICTIONARY_SCRIPT, "nspell", {"records": self.model})).run())

    def _scripts(self, extra: dict[str, list[dict]]) -> dict[str, bytes]:
        """search/<language>.js; its word tables apart, search/<language>-words.js (index_file.py: most queries
        never need them); for a large collection, its index serialised and the texts apart (the search is ready
        without them)."""
        serialised = self._serialised(extra) if self.serialised else {}
        related = {"en": self._related_words()}
        dictionary = self._dictionary()
        scripts = {}
        for language in READING_LANGUAGES:
            data = index_data(language, [*self.model[language], *extra[language]], self.synonyms,
                              related.get(language, {}), dictionary.get(language), self.aliases[language],
                              self.questions[language])
            data, tables = without_word_tables(data)
            if tables:
                scripts[words_file(language)] = words_script(language, tables).encode("utf-8")
            if self.serialised:
                data, texts = without_texts(data)
                scripts[texts_file(language)] = texts_script(language, texts).encode("utf-8")
            scripts[f"{language}.js"] = index_script(data, serialised.get(language, "")).encode("utf-8")
        return scripts

    def _serialised(self, extra: dict[str, list[dict]]) -> dict[str, str]:
        node, self.node = self.node, None
        if node is None:  # ended already: start it again
            node = NodeScript(SCRIPT, "minisearch")
            node.send({"records": self.model})
        with tempfile.TemporaryDirectory() as work:
            node.run({"records": extra, "out": work})
            return {language: (Path(work) / f"{language}.json").read_text(encoding="utf-8")
                    for language in READING_LANGUAGES}

    def cancel(self) -> None:
        """The build failed, or the store already had the indexes: end Node if it was started."""
        if self.node is not None:
            self.node.cancel()
            self.node = None
        if self.related is not None:
            self.related.cancel()
            self.related = None
        if self.dictionary is not None:
            self.dictionary.cancel()
            self.dictionary = None
