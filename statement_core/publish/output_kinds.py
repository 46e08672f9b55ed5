"""What an output of a build is, and what it may ask of the build: the registry's shapes, apart from the
outputs themselves (publish/outputs.py) and from the build that runs them (publish/site_build.py).

An output sees the build only through OutputBuild: the inputs, the store, the loaded data and its plan and
digests, the downloads and the hand-written pages' search records; never the pages being rendered or the
other outputs. SiteBuild is the one build that has them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from statement_core.cache import Store
from statement_core.cache.links import link_all
from statement_core.model import Corpus
from statement_core.publish.data_digests import DataDigests
from statement_core.publish.inputs import BuildInputs
from statement_core.runtime.parallel import Forked
from statement_core.search.records import SearchRecord
from statement_core.site_plan import READING_LANGUAGES, SitePlan


class OutputBuild(Protocol):
    """What an output may ask of the build it is written for."""

    @property
    def inputs(self) -> BuildInputs: ...

    @property
    def store(self) -> Store: ...

    @property
    def corpus(self) -> Corpus: ...

    @property
    def plan(self) -> SitePlan: ...

    @property
    def digests(self) -> DataDigests: ...

    @property
    def page_records(self) -> dict[tuple[str, str], list[SearchRecord]]:
        """The hand-written pages' sections, by (language, page), once every language's pages are rendered."""

    @property
    def download_files(self) -> dict[str, Path]:
        """File name -> kept file of every download, once those made in the background are in."""


class Started(Protocol):
    def cancel(self) -> None: ...


@dataclass(frozen=True)
class Output:
    name: str  # what it is, in a failed build's message
    write: Callable[[OutputBuild, Path, Any], object]  # (build, site folder, what `start` returned or None)
    start: Callable[[OutputBuild], Started | None] | None = None  # None from it: nothing to start after all
    wanted: Callable[[BuildInputs], bool] = lambda inputs: True


Item = tuple[str, str]  # (document id, language)


class PerDocument:
    """Files made for each document and language, kept in the store by what they are made from: those the
    store does not have are rendered in a forked process beside the pages (a data edit to one document of a
    hundred renders that document's); `write` keeps them and links every one into the site."""

    def __init__(self, build: OutputBuild, kind: str, inputs: Callable[[OutputBuild, str, str], object],
                 render: Callable[[OutputBuild, list[Item]], dict[Item, dict[str, bytes]]]) -> None:
        self.build, self.kind = build, kind
        self.found = {(document.id, language): build.store.find(kind, inputs(build, document.id, language))
                      for document in build.corpus.documents for language in READING_LANGUAGES}
        missing = [item for item, (_, kept) in self.found.items() if kept is None]
        self.rendering = Forked(render, build, missing) if missing else None

    def write(self, site: Path) -> None:
        made = self.rendering.result() if self.rendering is not None else {}
        for item, (key, kept) in self.found.items():
            files = kept if kept is not None else self.build.store.put(self.kind, key, made[item])
            link_all((file, site / path) for path, file in files.items())

    def cancel(self) -> None:
        if self.rendering is not None:
            self.rendering.cancel()


def per_document(name: str, kind: str, inputs: Callable[[OutputBuild, str, str], object],
                 render: Callable[[OutputBuild, list[Item]], dict[Item, dict[str, bytes]]],
                 wanted: Callable[[BuildInputs], bool] = lambda inputs: True) -> Output:
    """An output made per document and language (PerDocument), kept in the store as `kind`."""
    return Output(name, lambda build, site, started: started.write(site),
                  start=lambda build: PerDocument(build, kind, inputs, render), wanted=wanted)


def web_site_only(inputs: BuildInputs) -> bool:
    """The public web site only: the offline bundle, read from file://, has no crawlers and runs no worker."""
    return inputs.web_site
