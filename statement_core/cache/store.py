"""The one store builds keep between them: immutable blobs named by their content, and one entry per key.

An entry maps file names to blobs; it is found by a key that digests its kind, everything it is made from
(`inputs`, given by the caller) and the code that makes it (code.py), so a kept entry is never stale: any
change to an input or to the code is another key. Blobs and entries are written under a temporary name and
renamed, so builds side by side (parallel test workers) never see half a file, and the same inputs give the
same name. A reader that loses a race with a clean-up finds nothing and makes the output again.

Verifying (`verify=True`, STATEMENT_VERIFY_CACHE=1) makes every output anyway and fails, naming it, when a
kept copy differs: the proof, on every test run, that the keys leave nothing out. Whether a build verifies
is in no key: it looks up exactly the entries a normal build would find, and counts, by kind, the kept
outputs it compared (`compared`), which the build prints.

A build whose code changed while it ran (code.py: `CodeDigest.changed`) took its keys from code it may not
have run; `discard_written()` removes every entry it wrote.

Clean-up (`prune`, once at the end of a build): what none of the last RUNS_KEPT builds used goes. Using an
entry touches it and its blobs, so anything older than the oldest of those builds is unused by all of them.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from statement_core.cache.code import CodeDigest

RUNS_KEPT = 12  # builds whose outputs stay: the site, the bundle, test builds of edited data, a benchmark's
Files = dict[str, bytes]


class StaleEntry(RuntimeError):
    """Verifying: a kept output differs from the one made afresh from the same key."""


def inputs_digest(inputs: object) -> str:
    """A digest of JSON-like values; bytes stand in by their own digest, a Path by its file's bytes."""

    def plain(value: object) -> object:
        if isinstance(value, bytes):
            return "bytes " + hashlib.sha256(value).hexdigest()
        if isinstance(value, Path):
            return "file " + hashlib.sha256(value.read_bytes()).hexdigest()
        raise TypeError(f"a cache key cannot stand for {type(value).__qualname__}")

    text = json.dumps(inputs, sort_keys=True, ensure_ascii=False, default=plain)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _write_atomically(path: str, content: bytes) -> bool:
    folder, name = os.path.split(path)
    partial = os.path.join(folder, f".{name}.{os.getpid()}.partial")
    try:
        os.makedirs(folder, exist_ok=True)
        with open(partial, "wb") as file:
            file.write(content)
        os.replace(partial, path)
        return True
    except OSError:  # the folder was pruned meanwhile: not kept, made again next time
        try:
            os.unlink(partial)
        except OSError:
            pass
        return False


class Store:
    def __init__(self, folder: Path, code: CodeDigest, verify: bool = False) -> None:
        self.folder = folder
        self.code = code.value
        self.verify = verify
        self.hits = self.made = 0
        self.kept_by_kind: Counter[str] = Counter()  # outputs found in the store, by kind
        self.made_by_kind: Counter[str] = Counter()  # outputs made (and kept), by kind
        self.compared: Counter[str] = Counter()  # verifying: kept outputs compared with the ones made again, by kind
        self._written: list[str] = []  # the entries this build wrote
        # Paths as strings: a build looks up tens of thousands of entries (pathlib's joins cost a second).
        self._entries, self._blobs = str(folder / "entries"), str(folder / "blobs")
        # This build's mark, first: the clean-up keeps what the last few builds used.
        _write_atomically(str(folder / "runs" / f"{time.time_ns()}-{os.getpid()}"), b"")

    # Keys and paths.
    def key(self, kind: str, inputs: object) -> str:
        return hashlib.sha256(f"{kind}\0{self.code}\0{inputs_digest(inputs)}".encode()).hexdigest()

    def _entry(self, kind: str, key: str) -> str:
        return f"{self._entries}/{kind}/{key[:2]}/{key}"

    def _blob(self, digest: str) -> str:
        return f"{self._blobs}/{digest[:2]}/{digest}"

    def blob(self, digest: str) -> Path:
        return Path(self._blob(digest))

    # Reading and writing entries.
    def _kept(self, kind: str, key: str) -> dict[str, Path] | None:
        """The kept entry's files (name: blob), touched as used; None when there is none whole."""
        entry = self._entry(kind, key)
        try:
            with open(entry, "rb") as file:
                names: dict[str, str] = json.loads(file.read())
            os.utime(entry)  # used: kept by the clean-up
            files = {}
            for name, digest in names.items():
                blob = self._blob(digest)
                os.utime(blob)  # used too (and there)
                files[name] = Path(blob)
        except (OSError, ValueError):
            return None
        return files

    def find(self, kind: str, inputs: object, probe: bool = False) -> tuple[str, dict[str, Path] | None]:
        """(key, the kept files by name, or None). Verifying, nothing is found: every output is made.
        `probe`: only asking whether to start making it early (the output is looked up again when used), so
        it is not counted among the outputs kept."""
        key = self.key(kind, inputs)
        if self.verify:
            return key, None
        kept = self._kept(kind, key)
        if not probe:
            self.hits += kept is not None
            self.kept_by_kind[kind] += kept is not None
        return key, kept

    def put(self, kind: str, key: str, files: Mapping[str, bytes]) -> dict[str, Path]:
        """Keep `files` under `key`; return their blobs. Verifying, a kept entry must hold the same bytes."""
        self.made += 1
        self.made_by_kind[kind] += 1
        if self.verify:
            self._compare(kind, key, files)
        names = {}
        for name, content in files.items():
            digest = hashlib.sha256(content).hexdigest()
            names[name] = digest
            try:
                os.utime(self._blob(digest))  # kept already (the same bytes): now used by this entry too
            except OSError:
                _write_atomically(self._blob(digest), content)
        entry = self._entry(kind, key)
        if _write_atomically(entry, json.dumps(names, sort_keys=True).encode()):
            self._written.append(entry)
        return {name: self.blob(digest) for name, digest in names.items()}

    def _compare(self, kind: str, key: str, files: Mapping[str, bytes]) -> None:
        kept = self._kept(kind, key)
        if kept is None:
            return
        self.compared[kind] += 1
        for name in sorted(set(kept) | set(files)):
            old = kept[name].read_bytes() if name in kept else None
            if old != files.get(name) and not (name == "" and _same_value(old, files.get(name))):
                raise StaleEntry(f"the kept output {kind}/{name or '(value)'} (key {key[:12]}) differs from the one "
                                 f"made afresh from the same inputs: its key leaves out an input")

    def files(self, kind: str, inputs: object, make: Callable[[], Mapping[str, bytes]]) -> dict[str, Path]:
        """The kept files for these inputs, made by `make()` and kept when there are none."""
        key, kept = self.find(kind, inputs)
        return kept if kept is not None else self.put(kind, key, make())

    def value(self, kind: str, inputs: object, make: Callable[[], Any]) -> Any:
        """A Python value kept for these inputs (pickled), made by `make()` when there is none."""
        key, kept = self.find(kind, inputs)
        if kept is not None:
            try:
                return pickle.loads(kept[""].read_bytes())
            except (OSError, KeyError, pickle.UnpicklingError, EOFError):
                pass
        made = make()
        self.put(kind, key, {"": pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)})
        return made

    def summary(self) -> str:
        """One line on what this build took from the store and made (verifying: what it compared)."""
        kinds = sorted(set(self.kept_by_kind) | set(self.made_by_kind))
        if self.verify:
            counts = ", ".join(f"{self.compared[kind]} of {self.made_by_kind[kind]} {kind}" for kind in kinds)
            return (f"Verified the store {self.folder}: kept outputs compared with the ones made again, all equal: "
                    f"{counts or 'nothing made'}")
        counts = ", ".join(f"{self.kept_by_kind[kind]} of {self.kept_by_kind[kind] + self.made_by_kind[kind]} {kind}"
                           for kind in kinds)
        return f"Store {self.folder}: outputs kept from earlier builds: {counts or 'none'}"

    def discard_written(self) -> None:
        """Remove every entry this build wrote (its blobs, unnamed, go at a later clean-up)."""
        for entry in self._written:
            try:
                os.unlink(entry)
            except OSError:
                pass
        self._written = []

    def prune(self) -> None:
        """Remove what none of the last RUNS_KEPT builds used (partial files left by a killed build too)."""
        runs = sorted((self.folder / "runs").iterdir(), key=lambda path: path.name)
        if len(runs) <= RUNS_KEPT:
            return
        oldest_kept = runs[-RUNS_KEPT].stat().st_mtime
        for run in runs[:-RUNS_KEPT]:
            run.unlink(missing_ok=True)
        for part in ("entries", "blobs"):
            for folder, _, names in os.walk(self.folder / part):
                for name in names:
                    path = os.path.join(folder, name)
                    try:
                        if os.stat(path).st_mtime < oldest_kept:
                            os.unlink(path)
                    except OSError:
                        pass  # another build's clean-up was first


def _same_value(old: bytes | None, new: bytes | None) -> bool:
    """Two pickles (of our own values) of equal values: a pickle's bytes may vary with the order of a set."""
    return old is not None and new is not None and bool(pickle.loads(old) == pickle.loads(new))
