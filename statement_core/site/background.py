"""Render one language's pages in a second process while this one builds the first language.

static-i18n builds the languages one after the other in one process, so a build uses one core. The
pages of the languages built later depend only on the corpus, so a forked worker renders them meanwhile
and the later build picks them up instead of rendering them itself. Where fork is not available (macOS,
Windows default to spawn, which would pickle the whole corpus), pages are simply rendered when needed.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from statement_core.site.render import RenderedPage, fragment_environment, render_page
from statement_core.site.views import PageContext

# The forked worker inherits this instead of receiving it pickled: the corpus is large, the pages' keys small.
_INHERITED: list[PageContext] = []


def _key(context: PageContext) -> tuple[str, str]:
    return context.language, context.page.src_path


def _render_inherited() -> dict[tuple[str, str], RenderedPage]:
    environment = fragment_environment()
    return {_key(context): render_page(context, environment) for context in _INHERITED}


def _signature(context: PageContext) -> tuple:
    """What, besides the page, the rendering depends on (the corpus and plan are those of one load). The
    downloads by identity: one build's contexts share one tuple, and hashing its thousands of entries for
    every page of a large collection took seconds."""
    return (context.language, context.site_url, context.directory_urls, id(context.downloads), context.downloads_url)


class BackgroundPages:
    """Pages rendered by a forked worker; `take` returns them (and waits for them) once."""

    def __init__(self, contexts: list[PageContext]) -> None:
        self._signatures = {_signature(context) for context in contexts}
        self._pages: dict[tuple[str, str], RenderedPage] | None = None
        self._future: Future[dict[tuple[str, str], RenderedPage]] | None = None
        self._executor: ProcessPoolExecutor | None = None
        if not contexts or "fork" not in multiprocessing.get_all_start_methods():
            return
        _INHERITED[:] = contexts
        self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        self._future = self._executor.submit(_render_inherited)
        _INHERITED.clear()  # the worker has forked with its copy (ProcessPoolExecutor forks on submit)

    def take(self, context: PageContext) -> RenderedPage | None:
        """The page as rendered in the background for this very context, or None (render it then)."""
        if _signature(context) not in self._signatures:
            return None
        if self._future is not None:
            try:
                self._pages = self._future.result()
            finally:
                self.close()
        return (self._pages or {}).pop(_key(context), None)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor, self._future = None, None
