"""Work per document spread over the machine's cores, for collections of many documents.

Rendering references and open-data files costs tens of milliseconds per document and language; a
collection of a hundred documents uses both cores of a small machine. Forked workers inherit the loaded
model; below a few documents, or where fork is unavailable, the work runs in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Generic, TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")
Shared = TypeVar("Shared")

PARALLEL_FROM = 8  # jobs; below that, starting processes costs more than it saves
_forking = True  # off in the live preview: forking a process that runs server threads is unsafe


def allow_forking(allowed: bool) -> None:
    """Whether this process may fork workers (the live preview says no, once, before it builds)."""
    global _forking
    _forking = allowed


def _can_fork() -> bool:
    return _forking and "fork" in multiprocessing.get_all_start_methods()


_shared: object = None  # what every job needs (the corpus): inherited by the forked workers, never pickled


def _call(job: tuple[Callable[[object, Job], Result], Job]) -> Result:
    function, argument = job
    return function(_shared, argument)


def map_jobs(function: Callable[[Shared, Job], Result], shared: Shared, jobs: Sequence[Job],
             parallel_from: int = PARALLEL_FROM) -> list[Result]:
    """[function(shared, job) for job in jobs], in forked processes when there are many (`parallel_from`: a
    few long jobs are worth it too). `function` must be a module's top-level function (workers find it by
    name); `shared` reaches them by fork, unpickled."""
    global _shared
    cores = min(2, os.cpu_count() or 1)
    if len(jobs) < parallel_from or cores < 2 or not _can_fork():
        return [function(shared, job) for job in jobs]
    _shared = shared
    try:
        with multiprocessing.get_context("fork").Pool(cores) as pool:
            return pool.map(_call, [(function, job) for job in jobs], chunksize=max(1, len(jobs) // (4 * cores)))
    finally:
        _shared = None


_started: tuple[Callable[..., Any], tuple[Any, ...]] | None = None  # inherited by Forked's process, never pickled


def _run_started() -> Any:
    assert _started is not None
    function, arguments = _started
    return function(*arguments)


class Forked(Generic[Result]):
    """function(*arguments) computed in a forked process while this one goes on (the process inherits the
    arguments, the corpus included, instead of receiving them pickled); `result()` waits for it. Where fork is
    unavailable or not allowed it is computed when asked for."""

    def __init__(self, function: Callable[..., Result], *arguments: Any) -> None:
        global _started
        self._call = (function, arguments)
        self._executor: ProcessPoolExecutor | None = None
        self._future: Future[Result] | None = None
        if not _can_fork():
            return
        _started = self._call
        # Frozen: the process's garbage collector leaves the inherited objects alone, so their memory stays
        # shared with this process instead of being copied page by page.
        gc.freeze()
        try:
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
            self._future = self._executor.submit(_run_started)  # forks now, with _started in place
        finally:
            gc.unfreeze()
            _started = None

    def result(self) -> Result:
        try:
            if self._future is None:
                function, arguments = self._call
                return function(*arguments)
            return self._future.result()
        finally:
            self.cancel()

    def cancel(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor, self._future = None, None
