"""One build of the site in every language: what it publishes, made once from the build inputs, and the
work under way until the last language's pages are written.

static-i18n builds the languages one after the other in one MkDocs build; this object lives for all of
them (hooks/build_context.py keeps one per build), so the data is loaded, the pages planned and the
downloads made once, whichever language asks first. What can be kept between builds goes through the one
store (statement_core/cache), keyed on everything it is made from.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from statement_core.cache import CodeDigest, StaleEntry, Store
from statement_core.exports.manifest import Download
from statement_core.exports.names import edition_name
from statement_core.data.loader import load_corpus
from statement_core.runtime.parallel import Forked, allow_forking
from statement_core.pdf.editions import Edition
from statement_core.publish.data_digests import DataDigests
from statement_core.publish.downloads import SiteDownloads, downloads_manifest
from statement_core.publish.inputs import BuildInputs
from statement_core.publish.output_kinds import Started
from statement_core.publish.outputs import OUTPUTS
from statement_core.publish.page_keys import PageKeys
from statement_core.search.records import SearchRecord
from statement_core.site.markers import stale_markers
from statement_core.runtime.node_scripts import NodeScriptError
from statement_core.site.csp import UnreviewedScript
from statement_core.site.page_scripts import BundleError
from statement_core.site.page_render import RenderedPage, fragment_environment, render_page
from statement_core.site.page_context import PageContext
from statement_core.site_plan import DOWNLOADS_URL, READING_LANGUAGES, PlannedPage, plan_site, public_url

# What the outputs' tools raise when they fail or are missing: the build stops and says which output.
_OUTPUT_ERRORS = (BundleError, NodeScriptError, UnreviewedScript)


class PublishError(RuntimeError):
    """An output could not be made; the message names it and says why."""


def _render_pages(contexts: list[PageContext]) -> dict[tuple[str, str], RenderedPage]:
    environment = fragment_environment()
    return {(context.language, context.page.src_path): render_page(context, environment) for context in contexts}


class SiteBuild:
    """Raises DataError (every problem in the data at once) when the data does not load."""

    def __init__(self, inputs: BuildInputs) -> None:
        self.code = CodeDigest(inputs.config_file) if inputs.config_file else CodeDigest()
        edited = self.code.python_changed_since_loaded()
        if edited:
            raise PublishError(f"{', '.join(edited)} changed since this process loaded it: build again in a new "
                               "process (`make serve` restarts itself)")
        allow_forking(not inputs.previewing)  # the preview server's threads make forking unsafe
        self.inputs = inputs
        self.store = Store(inputs.store_folder, self.code, verify=inputs.verify_cache)
        self.corpus = load_corpus(inputs.data_dir, allow_markup=inputs.allow_markup, store=self.store)
        self.plan = plan_site(self.corpus)
        self.digests = DataDigests(self.corpus, self.plan)
        self._downloads = SiteDownloads(self.corpus, inputs, self.store, self.digests)  # started: made meanwhile
        self.outputs = tuple(output for output in OUTPUTS if output.wanted(inputs))
        self.page_records: dict[tuple[str, str], list[SearchRecord]] = {}  # hand-written pages' sections
        self._environment = fragment_environment()  # read afresh for each build: `mkdocs serve` sees edits
        self._started: dict[str, Started] = {}
        self._later_pages: Forked[dict[tuple[str, str], RenderedPage]] | None = None
        self._rendered_later: dict[tuple[str, str], RenderedPage] | None = None

    @cached_property
    def download_files(self) -> dict[str, Path]:
        """File name -> kept file, once the downloads made in the background are in."""
        return self._downloads.files()

    @cached_property
    def downloads(self) -> tuple[Download, ...]:
        return downloads_manifest(self.download_files)

    @cached_property
    def _page_keys(self) -> PageKeys:  # pages show the downloads (names, sizes): known once they are made
        return PageKeys(self.digests, self.downloads)

    def stale_markers(self, docs_dir: Path) -> list[str]:
        return stale_markers(self.plan, docs_dir)

    def start(self, first_language: str) -> None:
        """Begin what runs beside the rendering of the first language: the outputs' slow preparation and the
        pages of the later languages that the store does not have, in a forked process."""
        for output in self.outputs:
            if output.start is not None:
                try:
                    started = output.start(self)
                except _OUTPUT_ERRORS as error:
                    self.cancel()
                    raise PublishError(f"{output.name}: {error}") from None
                if started is not None:
                    self._started[output.name] = started
        if self.inputs.previewing:
            return  # nothing forks from the preview server; its rebuilds are small
        later = [self.page_context(page, language) for language in READING_LANGUAGES if language != first_language
                 for page in self.plan.pages]
        missing = [context for context in later
                   if self.store.find("marker-page", self._page_keys.inputs(context), probe=True)[1] is None]
        if missing:
            self._later_pages = Forked(_render_pages, missing)

    def page_context(self, page: PlannedPage, language: str) -> PageContext:
        return PageContext(corpus=self.corpus, plan=self.plan, page=page, language=language,
                           site_url=self.inputs.site_url, directory_urls=self.inputs.web_site,
                           downloads=self.downloads, downloads_url=DOWNLOADS_URL,
                           corrections=self.inputs.corrections)

    def page(self, page: PlannedPage, language: str) -> RenderedPage:
        context = self.page_context(page, language)
        return self.store.value("marker-page", self._page_keys.inputs(context), lambda: self._render(context))

    def _render(self, context: PageContext) -> RenderedPage:
        if self._later_pages is not None:
            self._rendered_later = self._later_pages.result()
            self._later_pages = None
        rendered = (self._rendered_later or {}).pop((context.language, context.page.src_path), None)
        return rendered or render_page(context, self._environment)

    def pdf_urls(self, language: str) -> dict[str, str]:
        """Document id -> public address of its PDF in `language`, when this build makes PDFs."""
        if not self.inputs.with_pdfs:
            return {}
        edition = Edition(language, (language,))
        return {document.id: public_url(self.inputs.site_url,
                                        DOWNLOADS_URL + edition.file_name(document.id, edition_name(self.corpus)))
                for document in self.corpus.documents}

    def finish(self, site: Path) -> None:
        """Write every output into `site`, in order, once the pages of every language are there."""
        try:
            for output in self.outputs:
                try:
                    output.write(self, site, self._started.pop(output.name, None))
                except _OUTPUT_ERRORS as error:
                    raise PublishError(f"{output.name}: {error}") from None
            self._keep_only_if_the_code_held()
            self.store.prune()
        except StaleEntry as error:
            raise PublishError(f"Verifying the store: {error}") from None
        finally:
            self.cancel()

    def _keep_only_if_the_code_held(self) -> None:
        """Templates are read and modules imported while the build runs: if any code file changed since the
        build took its keys, what it kept may have been made by other code than its keys say. Keep nothing."""
        changed = self.code.changed()
        if changed:
            self.store.discard_written()
            raise PublishError(f"{', '.join(changed[:5])} changed during the build: nothing it made was kept; "
                               "build again")

    def cancel(self) -> None:
        """End whatever is still running (a failed build, or the end of one)."""
        self._downloads.cancel()
        for started in self._started.values():
            started.cancel()
        self._started.clear()
        if self._later_pages is not None:
            self._later_pages.cancel()
            self._later_pages = None
