"""Outputs kept between builds: the files an output wrote, under a key made from everything it is made from.

Running esbuild (the pages' scripts) costs a Node process (0.1–0.4 s of processor time) in every build,
though their inputs rarely change. An output that names its inputs is looked up by their digest; on a hit
its files are copied into the site instead. The key covers every input (file contents, not times), so a
cached output is never stale: a changed input is a different key. Builds may run side by side (parallel
test workers), so each output's entries are read and written under a lock, and only the most recently used
few are kept.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from statement_core.kept_files import drop_least_recent

KEPT = 6  # entries per output: a few kinds of build (site, bundle, test data) each stay warm


def digest(inputs: Iterable[Path | str | bytes]) -> str:
    """One digest of values and files (a folder stands for every file in it, by relative path and content)."""
    hasher = hashlib.sha256()
    for item in inputs:
        if isinstance(item, Path):
            files = sorted(p for p in item.rglob("*") if p.is_file()) if item.is_dir() else [item]
            for path in files:
                hasher.update(f"\0file {path.as_posix()} {path.stat().st_size}\0".encode())
                hasher.update(path.read_bytes())
        else:
            hasher.update(b"\0value " + (item if isinstance(item, bytes) else item.encode()))
    return hasher.hexdigest()


def site_files(site: Path) -> dict[str, tuple[int, int]]:
    """Every file of the site by relative path: (size, modification time), to see what an output writes."""
    found = {}
    for folder, _, names in os.walk(site):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            found[os.path.relpath(os.path.join(folder, name), site)] = (stat.st_size, stat.st_mtime_ns)
    return found


class OutputCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entries(self, name: str) -> Path:
        return self.folder / re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")

    @contextmanager
    def _locked(self, name: str) -> Iterator[Path]:
        folder = self._entries(name)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder.with_name(folder.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield folder

    def has(self, name: str, key: str) -> bool:
        return (self._entries(name) / key).is_dir()

    def restore(self, name: str, key: str, site: Path) -> bool:
        """Copy the output's kept files into `site`; False when nothing is kept under this key."""
        with self._locked(name) as folder:
            entry = folder / key
            if not entry.is_dir():
                return False
            shutil.copytree(entry, site, dirs_exist_ok=True)
            os.utime(entry)  # recently used: kept longest
            return True

    def keep(self, name: str, key: str, site: Path, written: Iterable[str]) -> None:
        """Keep the files the output wrote into `site` (paths relative to it) under `key`."""
        with self._locked(name) as folder:
            staging = folder / f".{key}.partial"
            shutil.rmtree(staging, ignore_errors=True)
            for relative in written:
                target = staging / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(site / relative, target)
            staging.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(folder / key, ignore_errors=True)
            staging.rename(folder / key)
            drop_least_recent(folder, KEPT)
