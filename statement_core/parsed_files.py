"""Data files parsed and checked by earlier loads, kept on disk by what decides the result.

A 100-document collection has 1,200 YAML files; parsing and validating them is most of a second and a half of
every build, though an edit changes one. A file's result (its source with line numbers, its model, its
issues) depends only on its bytes, the name it is reported under, the model it is read as, whether markup is
allowed, and the core's code: the key covers all of them, so a kept result is never stale. Builds side by
side write the same bytes under the same name; each entry is written under a temporary name and renamed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from statement_core.kept_files import files_digest

CORE = Path(__file__).resolve().parent
KEPT = 20_000  # entries: a few versions of a 100× collection's files


@lru_cache(maxsize=1)  # parsing and checking are Python code, which a running process does not reload
def _code_digest() -> str:
    return files_digest((CORE,))


class ParsedFiles:
    def __init__(self, folder: Path, allow_markup: bool) -> None:
        self.folder = folder
        self._salt = f"{_code_digest()}|markup {allow_markup}|"
        self._added = 0

    def _path(self, content: bytes, display_path: str, model: type) -> Path:
        digest = hashlib.sha256(f"{self._salt}{display_path}|{model.__module__}.{model.__qualname__}|".encode())
        digest.update(content)
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, content: bytes, display_path: str, model: type) -> tuple | None:
        try:
            return pickle.loads(self._path(content, display_path, model).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            return None

    def put(self, content: bytes, display_path: str, model: type, result: tuple) -> None:
        path = self._path(content, display_path, model)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(partial, path)
        except OSError:
            return  # not kept: the next load parses the file again
        self._added += 1

    def prune(self) -> None:
        """After a load that added entries: keep the most recently written KEPT."""
        if not self._added:
            return
        entries = [path for shard in self.folder.iterdir() if shard.is_dir() for path in shard.glob("*.pickle")]
        if len(entries) > KEPT:
            for old in sorted(entries, key=lambda path: path.stat().st_mtime)[: len(entries) - KEPT]:
                old.unlink(missing_ok=True)
