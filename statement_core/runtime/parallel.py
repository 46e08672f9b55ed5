"""Work per document spread over the machine's cores, for collections of many documents.

Rendering references and open-data files costs tens of milliseconds per document and language; a
collection of a hundred documents uses both cores of a small machine. Forked workers inherit the loaded
model; below a few documents, or where fork is unavailable, the work runs in this process.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import multiprocessing.util
import os
import threading
import weakref
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
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


def _only_thread() -> bool:
    """Forking copies only the calling thread: a lock another thread held stays locked in the child for ever."""
    return threading.active_count() == 1


class Forked(Generic[Result]):
    """function(*arguments) computed in a forked process while this one goes on (the process inherits the
    arguments, the corpus included, instead of receiving them pickled); `result()` waits for it.

    A plain forked process and a pipe: no pool, whose manager and feeder threads would live in this process
    and be there when the next process forks. It forks only from a process that runs no other thread; where
    fork is unavailable, not allowed (the live preview) or other threads run, it is computed when asked for."""

    def __init__(self, function: Callable[..., Result], *arguments: Any) -> None:
        self._call = (function, arguments)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receiving: Connection | None = None
        if not _can_fork() or not _only_thread():
            return
        context = multiprocessing.get_context("fork")
        self._receiving, sending = context.Pipe(duplex=False)
        # Frozen: the process's garbage collector leaves the inherited objects alone, so their memory stays
        # shared with this process instead of being copied page by page.
        gc.freeze()
        try:
            self._process = context.Process(target=_run_and_send, args=(sending, function, arguments))
            self._process.start()  # forks now
            _unfinished.add(self)
        finally:
            gc.unfreeze()
            sending.close()  # the child holds the sending end: its end of output is the pipe's end

    def result(self) -> Result:
        try:
            if self._process is None or self._receiving is None:
                function, arguments = self._call
                return function(*arguments)
            try:
                outcome, value = self._receiving.recv()
            except EOFError:
                raise RuntimeError(f"the forked process computing {self._call[0].__qualname__} ended without a "
                                   f"result (exit code {self._process.exitcode})") from None
            if outcome == "error":
                raise value
            return value
        finally:
            self._end(kill=False)  # it has sent its result: it is ending

    def cancel(self) -> None:
        """End the process, if it still runs (the build failed)."""
        self._end(kill=True)

    def _end(self, kill: bool) -> None:
        if self._process is not None:
            if kill and self._process.is_alive():
                self._process.kill()
            self._process.join()
            self._process.close()
        if self._receiving is not None:
            self._receiving.close()
        self._process, self._receiving = None, None
        _unfinished.discard(self)


# The forked processes whose result nobody asked for yet. A build that fails (a kept output found stale, a
# strict warning) leaves them running; at exit, multiprocessing joins every child it started, and a child
# whose result is larger than a pipe holds waits for a reader that is gone: the failed build would never
# end. Ended here first (atexit runs last-registered first, and multiprocessing.util, imported above, has
# registered its join already).
_unfinished: weakref.WeakSet[Forked[Any]] = weakref.WeakSet()


@atexit.register
def _end_unfinished() -> None:
    for forked in list(_unfinished):
        forked.cancel()


def _run_and_send(sending: Connection, function: Callable[..., Any], arguments: tuple[Any, ...]) -> None:
    try:
        outcome: tuple[str, Any] = ("result", function(*arguments))
    except BaseException as error:  # handed to the parent, which raises it
        outcome = ("error", error)
    try:
        sending.send(outcome)
    except Exception as error:  # a result or error that does not pickle
        sending.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))
    sending.close()
