"""Work per document spread over the machine's cores, for collections of many documents.

Rendering references and open-data files costs tens of milliseconds per document and language; a
collection of a hundred documents uses both cores of a small machine. Forked workers inherit the loaded
model; below a few documents, or where fork is unavailable, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")
Shared = TypeVar("Shared")

PARALLEL_FROM = 8  # jobs; below that, starting processes costs more than it saves


_shared: object = None  # what every job needs (the corpus): inherited by the forked workers, never pickled


def _call(job: tuple[Callable[[object, Job], Result], Job]) -> Result:
    function, argument = job
    return function(_shared, argument)


def map_jobs(function: Callable[[Shared, Job], Result], shared: Shared, jobs: Sequence[Job]) -> list[Result]:
    """[function(shared, job) for job in jobs], in forked processes when there are many. `function` must be a
    module's top-level function (workers find it by name); `shared` reaches them by fork, unpickled."""
    global _shared
    cores = min(2, os.cpu_count() or 1)
    if len(jobs) < PARALLEL_FROM or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(shared, job) for job in jobs]
    _shared = shared
    try:
        with multiprocessing.get_context("fork").Pool(cores) as pool:
            return pool.map(_call, [(function, job) for job in jobs], chunksize=max(1, len(jobs) // (4 * cores)))
    finally:
        _shared = None
