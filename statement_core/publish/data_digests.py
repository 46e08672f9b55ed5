"""Digests of the loaded data, made once per build: what the keys of the kept outputs name as their data.

A page or file that shows one document is kept by that document's digest and the registries every document
reads (agreements, glossary, synonyms, editions: the corpus without its documents) and the collection's
shape (which documents, in which order); one that shows any document, by the whole corpus.
"""

from __future__ import annotations

import hashlib
from functools import cached_property

from statement_core.model import Corpus
from statement_core.site_plan import SitePlan


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class DataDigests:
    def __init__(self, corpus: Corpus, plan: SitePlan) -> None:
        self.corpus, self._plan = corpus, plan

    @cached_property
    def shared(self) -> str:
        """The registries and the collection's shape: what every document's outputs read besides it."""
        ids = "|".join(document.id for document in self.corpus.documents)
        return _digest(self.corpus.model_dump_json(exclude={"documents"}) + "\0" + ids)

    @cached_property
    def documents(self) -> dict[str, str]:
        return {document.id: _digest(document.model_dump_json()) for document in self.corpus.documents}

    @cached_property
    def titles(self) -> str:
        return _digest(repr([(document.id, document.title.model_dump_json()) for document in self.corpus.documents]))

    @cached_property
    def plan(self) -> str:
        """Which pages exist and where: what a page's links to other pages are made from."""
        return _digest(repr(self._plan.pages))

    @cached_property
    def whole(self) -> str:
        return _digest(self.shared + "".join(self.documents.values()))
