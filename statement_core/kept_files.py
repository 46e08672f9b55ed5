"""What the caches under build/ share: one digest of folders' files, and dropping the least recently used.

Each cache keys its entries on a digest of everything they are made from, the core's code and templates among
them (read afresh for each build: `mkdocs serve` sees a template edited), and keeps only a few entries.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from pathlib import Path


def files_digest(folders: Iterable[Path]) -> str:
    """A digest of every file under `folders`, by its path within its folder and its bytes (no __pycache__)."""
    digest = hashlib.sha256()
    for position, folder in enumerate(folders):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"\0{position} {path.relative_to(folder).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def drop_least_recent(folder: Path, kept: int, spare: Path | None = None) -> None:
    """Remove all but the `kept` most recently modified entries (folders) in `folder`; never `spare` (the one
    in use), nor a partial one (its name begins with a dot)."""
    entries = sorted((entry for entry in folder.iterdir() if entry.is_dir() and not entry.name.startswith(".")),
                     key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    for old in entries[kept:]:
        if old != spare:
            shutil.rmtree(old, ignore_errors=True)
