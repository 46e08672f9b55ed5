"""What a site build writes besides its pages, in order, once the pages of every language are written.

To add an output (a feed, share cards, a serialised search index): write a function that takes the build,
the site folder and what its `start` returned, and add an `Output` to OUTPUTS. `start` (optional) begins
slow work when the build begins, so that it runs beside the page rendering (esbuild, Node loading Workbox);
what it returns must have `cancel()`, called when the build fails first (None: nothing needed starting).
`wanted` says which builds make the output (the web site, or also the offline bundle). `inputs` (optional)
names everything the output is made from: the output is then kept between builds (output_cache.py) and
copied from there while its inputs are unchanged, without starting its tool. The service worker stays last:
it lists what the site holds at that moment. It is made afresh each time: its inputs are every file of the
site, which Workbox reads and hashes for the list anyway; a key made of them would cost as much (at 100×,
seconds) and miss after any edit.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from statement_core.citations.dialog_data import citation_scripts, is_cached
from statement_core.file_links import link_all, link_or_copy
from statement_core.parallel import Forked
from statement_core.publish.inputs import BuildInputs
from statement_core.publish.page_store import RenderedPageStore
from statement_core.search.index_build import SearchIndexBuild
from statement_core.search.records import SearchRecord
from statement_core.site.card_render import CardRendering
from statement_core.site.cards import site_cards
from statement_core.site.changes_feed import changes_feed, feed_path
from statement_core.site.offline import start_worker_build, write_service_worker
from statement_core.site.page_scripts import PageScriptBundles, page_script_inputs
from statement_core.site.render import fragment_environment
from statement_core.site.share_pages import share_pages
from statement_core.site.robots import robots_txt
from statement_core.site.web_app import write_web_manifests
from statement_core.site_plan import DOWNLOADS_URL, READING_LANGUAGES, language_root

if TYPE_CHECKING:
    from statement_core.publish.site_build import SiteBuild

CACHE = Path(__file__).resolve().parents[2] / "build"  # what builds keep for the next (`make clean` empties it)
CITATIONS_CACHE = CACHE / "citations"
SHARE_PAGES_CACHE = CACHE / "share-pages"


class Started(Protocol):
    def cancel(self) -> None: ...


@dataclass(frozen=True)
class Output:
    name: str  # what it is, in a failed build's message
    write: Callable[[SiteBuild, Path, Any], object]  # (build, site folder, what `start` returned or None)
    start: Callable[[SiteBuild], Started | None] | None = None  # None from it: nothing to start after all
    wanted: Callable[[BuildInputs], bool] = lambda inputs: True
    inputs: Callable[[SiteBuild], list[Path | str]] | None = None  # set: cached, keyed on these


def _web_site(inputs: BuildInputs) -> bool:
    """The public web site only: the offline bundle, read from file://, has no crawlers and runs no worker."""
    return inputs.web_site


def _downloads(build: SiteBuild, site: Path, _: None) -> None:
    shutil.copytree(build.downloads_folder, site / DOWNLOADS_URL, dirs_exist_ok=True, copy_function=link_or_copy)


def _start_search_indexes(build: SiteBuild) -> SearchIndexBuild:
    """The model's records now: a large collection's index is built by Node while the pages render."""
    return SearchIndexBuild(build.corpus, build.plan, build.inputs.web_site)


def _search_indexes(build: SiteBuild, site: Path, started: SearchIndexBuild) -> None:
    hand_written: dict[str, list[SearchRecord]] = {}
    for (language, _page), records in sorted(build.page_records.items()):
        hand_written.setdefault(language, []).extend(records)
    started.write(site, hand_written)


def _citation_scripts(build: SiteBuild) -> dict[str, dict[str, str]]:
    return {language: citation_scripts(build.corpus, build.plan, language, build.inputs.site_url,
                                       cache_dir=CITATIONS_CACHE) for language in READING_LANGUAGES}


def _start_citations(build: SiteBuild) -> Forked[dict[str, dict[str, str]]] | None:
    """Rendering the references takes ~50 ms per document and language: for a large collection, seconds that
    now overlap the pages' rendering. Nothing to start when every language's script is kept already."""
    if all(is_cached(build.corpus, build.plan, language, build.inputs.site_url, CITATIONS_CACHE)
           for language in READING_LANGUAGES):
        return None
    return Forked(_citation_scripts, build)


def _citation_data(build: SiteBuild, site: Path, started: Forked[dict[str, dict[str, str]]] | None) -> None:
    """The Cite dialog's data, one script per document and language (assets/citations/<document id>.js under
    the language's root): a page loads only its own document's."""
    scripts = started.result() if started is not None else _citation_scripts(build)
    for language, documents in scripts.items():
        for path, script in documents.items():
            target = site / language_root(language) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(script, encoding="utf-8")


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


def _kept_share_pages(build: SiteBuild) -> dict[str, Path]:
    """Every share page, kept by its content: site path -> the kept file (only new or changed pages are
    written; a 100-document collection has 7,600 of them, and writing that many files costs seconds)."""
    environment = fragment_environment()
    store = RenderedPageStore(SHARE_PAGES_CACHE / build.inputs.kind_digest())
    kept = {path: store.file(html) for language in READING_LANGUAGES
            for path, html in share_pages(build.corpus, build.plan, language, build.inputs.site_url,
                                          build.inputs.site_names[language][0], environment).items()}
    store.prune()
    return kept


def _start_share_pages(build: SiteBuild) -> Forked[dict[str, Path]]:
    """Rendered beside the pages, in a forked process."""
    return Forked(_kept_share_pages, build)


def _share_pages(build: SiteBuild, site: Path, started: Forked[dict[str, Path]] | None) -> None:
    kept = started.result() if started is not None else _kept_share_pages(build)
    link_all((file, site / path) for path, file in kept.items())


def _service_worker(build: SiteBuild, site: Path, worker: Any) -> None:
    write_service_worker(site, build.inputs.stamp, worker)


OUTPUTS: tuple[Output, ...] = (
    Output("Downloads", _downloads),
    Output("Search indexes", _search_indexes, start=_start_search_indexes),
    Output("Citation data", _citation_data, start=_start_citations),
    Output("Changes feeds", _changes_feeds),
    # The search, the reading pages' behaviour and (web site) the offline status, bundled by esbuild.
    Output("Page scripts", _page_scripts, start=lambda build: PageScriptBundles(build.inputs.web_site),
           inputs=lambda build: [*page_script_inputs(), f"web site: {build.inputs.web_site}"]),
    Output("robots.txt", _robots, wanted=_web_site),
    Output("Web app manifests", _web_manifests, wanted=_web_site),
    # Link previews (issue 23): the cards render in Node from the build's start, beside the pages.
    Output("Image cards", _image_cards, start=lambda build: CardRendering(site_cards(build.corpus)), wanted=_web_site),
    Output("Share pages", _share_pages, start=_start_share_pages, wanted=_web_site),
    Output("Service worker", _service_worker, start=lambda build: start_worker_build(), wanted=_web_site),
)
