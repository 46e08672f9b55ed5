"""One build of the site in every language: what it publishes, made once from the build inputs, and the
work under way until the last language's pages are written.

static-i18n builds the languages one after the other in one MkDocs build; this object lives for all of
them (hooks/build_context.py keeps one per build), so the data is loaded, the pages planned and the
downloads made once, whichever language asks first.
"""

from __future__ import annotations

from pathlib import Path

from statement_core.corpus_cache import corpus_of
from statement_core.pdf.editions import Edition
from statement_core.publish.downloads import site_downloads
from statement_core.publish.inputs import BuildInputs
from statement_core.publish.output_cache import OutputCache, digest, site_files
from statement_core.publish.page_keys import PageKeys
from statement_core.publish.page_store import RenderedPageStore
from statement_core.publish.outputs import CACHE, OUTPUTS, Output, Started
from statement_core.search.records import SearchRecord
from statement_core.site.background import BackgroundPages
from statement_core.site.markers import stale_markers
from statement_core.site.node_scripts import NodeScriptError
from statement_core.site.page_scripts import BundleError
from statement_core.site.render import RenderedPage, fragment_environment, render_page
from statement_core.site.views import PageContext
from statement_core.site_plan import DOWNLOADS_URL, READING_LANGUAGES, PlannedPage, plan_site, public_url

# What the outputs' tools raise when they fail or are missing: the build stops and says which output.
_OUTPUT_ERRORS = (BundleError, NodeScriptError)


class PublishError(RuntimeError):
    """An output could not be made; the message names it and says why."""


class SiteBuild:
    """Raises DataError (every problem in the data at once) when the data does not load."""

    def __init__(self, inputs: BuildInputs) -> None:
        self.inputs = inputs
        self.corpus = corpus_of(inputs.data_dir, allow_markup=inputs.allow_markup)
        self.plan = plan_site(self.corpus)
        self.downloads, self.downloads_folder = site_downloads(self.corpus, inputs)
        self.outputs = tuple(output for output in OUTPUTS if output.wanted(inputs))
        self.page_records: dict[tuple[str, str], list[SearchRecord]] = {}  # hand-written pages' sections
        self._environment = fragment_environment()  # read afresh for each build: `mkdocs serve` sees edits
        self._started: dict[str, Started] = {}
        self._background: BackgroundPages | None = None
        self._cache = OutputCache(CACHE / "outputs")
        # Pages kept between builds: as the theme renders them (hooks/page_render_cache.py) and as the core does.
        self.page_store = RenderedPageStore(CACHE / "pages" / inputs.kind_digest()) if inputs.keep_pages else None
        self._marker_pages = RenderedPageStore(CACHE / "marker-pages" / inputs.kind_digest()) \
            if inputs.keep_pages else None
        self._page_keys = PageKeys(self.corpus, self.plan, self.downloads)

    def stale_markers(self, docs_dir: Path) -> list[str]:
        return stale_markers(self.plan, docs_dir)

    def start(self, first_language: str) -> None:
        """Begin what runs beside the rendering of the first language: the outputs' slow preparation and, in
        a one-off build, the pages of the later languages in a forked worker (see site/background.py)."""
        for output in self.outputs:
            if output.start is not None and not self._probably_cached(output):
                try:
                    started = output.start(self)
                except _OUTPUT_ERRORS as error:
                    self.cancel()
                    raise PublishError(f"{output.name}: {error}") from None
                if started is not None:
                    self._started[output.name] = started
        if not self.inputs.previewing:  # the preview server's threads make forking unsafe; its rebuilds are small
            later = [language for language in READING_LANGUAGES if language != first_language]
            contexts = [self.page_context(page, language) for language in later for page in self.plan.pages]
            self._background = BackgroundPages([context for context in contexts if not self._kept(context)])

    def page_context(self, page: PlannedPage, language: str) -> PageContext:
        return PageContext(corpus=self.corpus, plan=self.plan, page=page, language=language,
                           site_url=self.inputs.site_url, directory_urls=self.inputs.web_site,
                           downloads=self.downloads, downloads_url=DOWNLOADS_URL,
                           corrections=self.inputs.corrections)

    def page(self, page: PlannedPage, language: str) -> RenderedPage:
        context = self.page_context(page, language)
        if self._marker_pages is None:
            return (self._background and self._background.take(context)) or render_page(context, self._environment)
        key = self._page_keys.key(context)
        kept = self._marker_pages.load(key)
        if isinstance(kept, RenderedPage):
            return kept
        rendered = (self._background and self._background.take(context)) or render_page(context, self._environment)
        self._marker_pages.keep(key, rendered)
        return rendered

    def _kept(self, context: PageContext) -> bool:
        return self._marker_pages is not None and self._marker_pages.has(self._page_keys.key(context))

    def pdf_urls(self, language: str) -> dict[str, str]:
        """Document id -> public address of its PDF in `language`, when this build makes PDFs."""
        if not self.inputs.with_pdfs:
            return {}
        edition = Edition(language, (language,))
        return {document.id: public_url(self.inputs.site_url,
                                        DOWNLOADS_URL + edition.file_name(document.id, self.inputs.stamp.version))
                for document in self.corpus.documents}

    def _probably_cached(self, output: Output) -> bool:
        """Whether to leave the output's tool unstarted: its inputs are known now and kept."""
        return output.inputs is not None and self._cache.has(output.name, self._key(output))

    def _key(self, output: Output) -> str:
        assert output.inputs is not None
        return digest(output.inputs(self))

    def _write(self, output: Output, site: Path) -> None:
        started = self._started.pop(output.name, None)
        if output.inputs is None:
            output.write(self, site, started)
            return
        key = self._key(output)
        if self._cache.restore(output.name, key, site):
            if started is not None:
                started.cancel()
            return
        if started is None and output.start is not None:
            started = output.start(self)
        before = site_files(site)
        output.write(self, site, started)
        after = site_files(site)
        self._cache.keep(output.name, key, site, [path for path, stat in after.items() if before.get(path) != stat])

    def finish(self, site: Path) -> None:
        """Write every output into `site`, in order, once the pages of every language are there."""
        try:
            for output in self.outputs:
                try:
                    self._write(output, site)
                except _OUTPUT_ERRORS as error:
                    raise PublishError(f"{output.name}: {error}") from None
            for store in (self.page_store, self._marker_pages):
                if store is not None:
                    store.prune()
        finally:
            self.cancel()

    def cancel(self) -> None:
        """End whatever is still running (a failed build, or the end of one)."""
        for started in self._started.values():
            started.cancel()
        self._started.clear()
        if self._background is not None:
            self._background.close()
            self._background = None
