"""What a site build writes besides its pages, in order, once the pages of every language are written.

To add an output (a feed, share cards, a serialised search index): write a function that takes the build,
the site folder and what its `start` returned, and add an `Output` to OUTPUTS (publish/output_kinds.py says
what an output is and what it may ask of the build). `start` (optional) begins slow work when the build
begins, so that it runs beside the page rendering (esbuild, Node loading Workbox); what it returns must have
`cancel()`, called when the build fails first (None: nothing needed starting). `wanted` says which builds make
the output (the web site, or also the offline bundle). What is worth keeping between builds goes through the
build's store (`build.store`, statement_core/cache) under a key of what it is made from. The service worker
stays last: it lists what the site holds at that moment. It is made afresh each time: its inputs are every
file of the site, which Workbox reads and hashes for the list anyway; a key made of them would cost as much
(at 100×, seconds) and miss after any edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from statement_core.cache.links import link_all
from statement_core.citations.dialog_data import (citation_data, document_script,
                                                  document_script_path)
from statement_core.publish.output_kinds import Item, Output, OutputBuild, per_document, web_site_only
from statement_core.search.index_build import SearchIndexBuild
from statement_core.search.records import SearchRecord
from statement_core.site.card_png import CardRendering
from statement_core.site.cards import site_cards
from statement_core.site.changes_feed import changes_feed, feed_path
from statement_core.site.offline import start_worker_build, write_service_worker
from statement_core.site.page_scripts import PageScriptBundles
from statement_core.site.page_render import fragment_environment
from statement_core.site.share_pages import document_share_pages
from statement_core.site.robots import robots_txt
from statement_core.site.web_app import write_web_manifests
from statement_core.site_plan import DOWNLOADS_URL, READING_LANGUAGES, language_root


def _downloads(build: OutputBuild, site: Path, _: None) -> None:
    link_all((kept, site / DOWNLOADS_URL / name) for name, kept in sorted(build.download_files.items()))


def _start_search_indexes(build: OutputBuild) -> SearchIndexBuild:
    """The model's records now: a large collection's index is built by Node while the pages render."""
    return SearchIndexBuild(build.corpus, build.plan, build.inputs.web_site, build.store)


def _search_indexes(build: OutputBuild, site: Path, started: SearchIndexBuild) -> None:
    hand_written: dict[str, list[SearchRecord]] = {}
    for (language, _page), records in sorted(build.page_records.items()):
        hand_written.setdefault(language, []).extend(records)
    started.write(site, hand_written)


def _document_inputs(build: OutputBuild, document_id: str, language: str) -> list[object]:
    """What a document's own outputs (Cite data, share pages) are made from: its data (with the registries it
    may name), where its clauses are and the site's address, as digests made once per build (writing out
    every document's citable parts to key them cost half a second at a hundred documents)."""
    return [build.digests.shared, build.digests.documents[document_id], build.digests.plan, language,
            build.inputs.site_url]


def _render_citations(build: OutputBuild, wanted: list[Item]) -> dict[Item, dict[str, bytes]]:
    """The Cite dialog's data, one script per document and language (assets/citations/<document id>.js under
    the language's root): a page loads only its own document's. ~50 ms per document and language."""
    made = {}
    for language in READING_LANGUAGES:
        ids = [document_id for document_id, wanted_language in wanted if wanted_language == language]
        for document_id, entries in citation_data(build.corpus, build.plan, language, build.inputs.site_url,
                                                  ids).items():  # type: ignore[arg-type]
            made[(document_id, language)] = {
                language_root(language) + document_script_path(document_id):
                    document_script(language, document_id, entries).encode()}
    return made


def _changes_feeds(build: OutputBuild, site: Path, _: None) -> None:
    """Each language's Atom feed of the translation's revisions (changes.atom, en/changes.atom), kept by the
    whole corpus (any document's revision is an entry), the site plan, the address and the build's date."""
    if not build.corpus.editions:
        return
    inputs = build.inputs
    kept = build.store.files("changes-feeds", [build.digests.whole, build.digests.plan, inputs.site_url,
                                               inputs.stamp.date_iso], lambda: _render_changes_feeds(build))
    link_all((file, site / name) for name, file in kept.items())


def _render_changes_feeds(build: OutputBuild) -> dict[str, bytes]:
    environment = fragment_environment()
    return {feed_path(language): changes_feed(build.corpus, build.plan, language, build.inputs.site_url,
                                              build.inputs.stamp, environment)
            for language in READING_LANGUAGES}


def _page_scripts(build: OutputBuild, site: Path, bundles: PageScriptBundles) -> None:
    bundles.write_into(site)


def _robots(build: OutputBuild, site: Path, _: None) -> None:
    (site / "robots.txt").write_text(robots_txt(build.inputs.site_url), encoding="utf-8")


def _web_manifests(build: OutputBuild, site: Path, _: None) -> None:
    write_web_manifests(site, build.inputs.site_names)


def _image_cards(build: OutputBuild, site: Path, rendering: CardRendering) -> None:
    rendering.finish(site)


def _share_page_inputs(build: OutputBuild, document_id: str, language: str) -> object:
    """What a document's share pages show: its own outputs' inputs and the site's name."""
    return [*_document_inputs(build, document_id, language), build.inputs.site_names[language][0]]


def _render_share_pages(build: OutputBuild, wanted: list[Item]) -> dict[Item, dict[str, bytes]]:
    """Every clause's share page (a 100-document collection has 7,600 of them), by its path in the site."""
    environment = fragment_environment()
    return {(document_id, language): {path: html.encode() for path, html in document_share_pages(
                build.corpus.document(document_id), build.plan, language, build.inputs.site_url,
                build.inputs.site_names[language][0], environment).items()}
            for document_id, language in wanted}


def _service_worker(build: OutputBuild, site: Path, worker: Any) -> None:
    write_service_worker(site, build.inputs.stamp, worker)


OUTPUTS: tuple[Output, ...] = (
    Output("Downloads", _downloads),
    Output("Search indexes", _search_indexes, start=_start_search_indexes),
    per_document("Citation data", "citation-data", _document_inputs, _render_citations),
    Output("Changes feeds", _changes_feeds),
    # The search, the reading pages' behaviour and (web site) the offline status, bundled by esbuild.
    Output("Page scripts", _page_scripts, start=lambda build: PageScriptBundles(build.inputs.web_site)),
    Output("robots.txt", _robots, wanted=web_site_only),
    Output("Web app manifests", _web_manifests, wanted=web_site_only),
    # Link previews (issue 23): the cards render in Node from the build's start, beside the pages.
    Output("Image cards", _image_cards, start=lambda build: CardRendering(site_cards(build.corpus), build.store),
           wanted=web_site_only),
    per_document("Share pages", "share-pages", _share_page_inputs, _render_share_pages, wanted=web_site_only),
    Output("Service worker", _service_worker, start=lambda build: start_worker_build(), wanted=web_site_only),
)
