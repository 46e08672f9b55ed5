"""What a site build writes besides its pages, in order, once the pages of every language are written.

To add an output (a feed, share cards, a serialised search index): write a function that takes the build,
the site folder and what its `start` returned, and add an `Output` to OUTPUTS. `start` (optional) begins
slow work when the build begins, so that it runs beside the page rendering (esbuild, Node loading Workbox);
what it returns must have `cancel()`, called when the build fails first (None: nothing needed starting).
`wanted` says which builds make the output (the web site, or also the offline bundle). What is worth keeping
between builds goes through the build's store (`build.store`, statement_core/cache) under a key of what it
is made from. The service worker stays last: it lists what the site holds at that moment. It is made
afresh each time: its inputs are every file of the site, which Workbox reads and hashes for the list
anyway; a key made of them would cost as much (at 100×, seconds) and miss after any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from statement_core.cache.links import link_all
from statement_core.citations.dialog_data import (citation_data, citation_inputs, document_script,
                                                  document_script_path)
from statement_core.parallel import Forked
from statement_core.publish.inputs import BuildInputs
from statement_core.search.index_build import SearchIndexBuild
from statement_core.search.records import SearchRecord
from statement_core.site.card_render import CardRendering
from statement_core.site.cards import site_cards
from statement_core.site.changes_feed import changes_feed, feed_path
from statement_core.site.offline import start_worker_build, write_service_worker
from statement_core.site.page_scripts import PageScriptBundles
from statement_core.site.render import fragment_environment
from statement_core.site.share_pages import document_share_pages
from statement_core.site.robots import robots_txt
from statement_core.site.web_app import write_web_manifests
from statement_core.site_plan import DOWNLOADS_URL, READING_LANGUAGES, language_root

if TYPE_CHECKING:
    from statement_core.publish.site_build import SiteBuild

class Started(Protocol):
    def cancel(self) -> None: ...


@dataclass(frozen=True)
class Output:
    name: str  # what it is, in a failed build's message
    write: Callable[[SiteBuild, Path, Any], object]  # (build, site folder, what `start` returned or None)
    start: Callable[[SiteBuild], Started | None] | None = None  # None from it: nothing to start after all
    wanted: Callable[[BuildInputs], bool] = lambda inputs: True


def _web_site(inputs: BuildInputs) -> bool:
    """The public web site only: the offline bundle, read from file://, has no crawlers and runs no worker."""
    return inputs.web_site


def _downloads(build: SiteBuild, site: Path, _: None) -> None:
    link_all((kept, site / DOWNLOADS_URL / name) for name, kept in sorted(build.download_files.items()))


def _start_search_indexes(build: SiteBuild) -> SearchIndexBuild:
    """The model's records now: a large collection's index is built by Node while the pages render."""
    return SearchIndexBuild(build.corpus, build.plan, build.inputs.web_site, build.store)


def _search_indexes(build: SiteBuild, site: Path, started: SearchIndexBuild) -> None:
    hand_written: dict[str, list[SearchRecord]] = {}
    for (language, _page), records in sorted(build.page_records.items()):
        hand_written.setdefault(language, []).extend(records)
    started.write(site, hand_written)


def _citation_inputs(build: SiteBuild, document_id: str, language: str) -> object:
    return citation_inputs(build.plan, build.corpus.document(document_id), language, build.inputs.site_url)


def _missing_citations(build: SiteBuild) -> dict[str, list[str]]:
    """Language -> the documents whose Cite data the store does not have."""
    missing: dict[str, list[str]] = {}
    for language in READING_LANGUAGES:
        for document in build.corpus.documents:
            if build.store.find("citation-data", _citation_inputs(build, document.id, language))[1] is None:
                missing.setdefault(language, []).append(document.id)
    return missing


def _render_citations(build: SiteBuild, missing: dict[str, list[str]]) -> dict[str, dict[str, dict]]:
    return {language: citation_data(build.corpus, build.plan, language, build.inputs.site_url, ids)  # type: ignore[arg-type]
            for language, ids in missing.items()}


def _start_citations(build: SiteBuild) -> Forked[dict[str, dict[str, dict]]] | None:
    """Rendering the references takes ~50 ms per document and language: for a large collection, seconds that
    now overlap the pages' rendering. Nothing to start when every document's data is kept already."""
    missing = _missing_citations(build)
    return Forked(_render_citations, build, missing) if missing else None


def _citation_data(build: SiteBuild, site: Path, started: Forked[dict[str, dict[str, dict]]] | None) -> None:
    """The Cite dialog's data, one script per document and language (assets/citations/<document id>.js under
    the language's root): a page loads only its own document's."""
    made = started.result() if started is not None else {}
    for language in READING_LANGUAGES:
        for document in build.corpus.documents:
            path = document_script_path(document.id)

            def make() -> dict[str, bytes]:
                entries = made.get(language, {}).get(document.id) or _render_citations(
                    build, {language: [document.id]})[language][document.id]
                return {path: document_script(language, document.id, entries).encode()}

            kept = build.store.files("citation-data", _citation_inputs(build, document.id, language), make)
            link_all([(kept[path], site / language_root(language) / path)])


def _changes_feeds(build: SiteBuild, site: Path, _: None) -> None:
    """Each language's Atom feed of the translation's revisions (changes.atom, en/changes.atom)."""
    if not build.corpus.editions:
        return
    environment = fragment_environment()
    for language in READING_LANGUAGES:
        target = site / feed_path(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(changes_feed(build.corpus, build.plan, language, build.inputs.site_url,
                                        build.inputs.stamp, environment))


def _page_scripts(build: SiteBuild, site: Path, bundles: PageScriptBundles) -> None:
    bundles.write_into(site)


def _robots(build: SiteBuild, site: Path, _: None) -> None:
    (site / "robots.txt").write_text(robots_txt(build.inputs.site_url), encoding="utf-8")


def _web_manifests(build: SiteBuild, site: Path, _: None) -> None:
    write_web_manifests(site, build.inputs.site_names)


def _image_cards(build: SiteBuild, site: Path, rendering: CardRendering) -> None:
    rendering.finish(site)


def _share_page_inputs(build: SiteBuild, document_id: str, language: str) -> object:
    """What a document's share pages show: its data, where its chapters are, the site's address and name."""
    return [build.digests.shared, build.digests.documents[document_id], build.digests.plan, language,
            build.inputs.site_url, build.inputs.site_names[language][0]]


def _render_share_pages(build: SiteBuild, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, str]]:
    environment = fragment_environment()
    return {(document_id, language): document_share_pages(
                build.corpus.document(document_id), build.plan, language, build.inputs.site_url,
                build.inputs.site_names[language][0], environment)
            for document_id, language in wanted}


def _missing_share_pages(build: SiteBuild) -> list[tuple[str, str]]:
    return [(document.id, language) for document in build.corpus.documents for language in READING_LANGUAGES
            if build.store.find("share-pages", _share_page_inputs(build, document.id, language))[1] is None]


def _start_share_pages(build: SiteBuild) -> Forked[dict[tuple[str, str], dict[str, str]]] | None:
    """The share pages not kept, rendered beside the pages in a forked process."""
    missing = _missing_share_pages(build)
    return Forked(_render_share_pages, build, missing) if missing else None


def _share_pages(build: SiteBuild, site: Path, started: Forked[dict[tuple[str, str], dict[str, str]]] | None) -> None:
    """Every clause's share page, linked from the store (a 100-document collection has 7,600 of them)."""
    made = started.result() if started is not None else {}
    for document in build.corpus.documents:
        for language in READING_LANGUAGES:
            def make() -> dict[str, bytes]:
                pages = made.get((document.id, language)) or _render_share_pages(build, [(document.id, language)])[
                    (document.id, language)]
                return {path: html.encode() for path, html in pages.items()}

            kept = build.store.files("share-pages", _share_page_inputs(build, document.id, language), make)
            link_all((file, site / path) for path, file in kept.items())


def _service_worker(build: SiteBuild, site: Path, worker: Any) -> None:
    write_service_worker(site, build.inputs.stamp, worker)


OUTPUTS: tuple[Output, ...] = (
    Output("Downloads", _downloads),
    Output("Search indexes", _search_indexes, start=_start_search_indexes),
    Output("Citation data", _citation_data, start=_start_citations),
    Output("Changes feeds", _changes_feeds),
    # The search, the reading pages' behaviour and (web site) the offline status, bundled by esbuild.
    Output("Page scripts", _page_scripts, start=lambda build: PageScriptBundles(build.inputs.web_site)),
    Output("robots.txt", _robots, wanted=_web_site),
    Output("Web app manifests", _web_manifests, wanted=_web_site),
    # Link previews (issue 23): the cards render in Node from the build's start, beside the pages.
    Output("Image cards", _image_cards, start=lambda build: CardRendering(site_cards(build.corpus), build.store),
           wanted=_web_site),
    Output("Share pages", _share_pages, start=_start_share_pages, wanted=_web_site),
    Output("Service worker", _service_worker, start=lambda build: start_worker_build(), wanted=_web_site),
)
