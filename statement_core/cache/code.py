"""One digest of everything besides its own inputs that can shape a build's output: the code.

Every entry in the store (store.py) is keyed on it, so a kept output is never one an earlier version of the
code made. It covers what the process actually runs:
- our Python (statement_core/, hooks/): read once, when this module is first imported, which is before any
  output is made. A running process does not reload modules, so reading them again later would describe
  code the process is not running (the live preview's case: `make serve` restarts its server instead,
  scripts/serve.py). `unchanged_on_disk()` tells whether the files still say what was loaded;
- what a build reads afresh each time (templates, stylesheets and browser modules in overrides/, the
  Node scripts in scripts/, package-lock.json): read for each build;
- the versions of Python, of every installed Python distribution (pydantic, Jinja, WeasyPrint, citeproc-py,
  …) and of Node, which interprets the scripts.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = (ROOT / "statement_core", ROOT / "hooks")
READ_EACH_BUILD = (ROOT / "overrides", ROOT / "scripts", ROOT / "package-lock.json")


def files_digest(places: Iterable[Path], suffixes: tuple[str, ...] | None = None) -> str:
    """A digest of every file under `places` (or the file itself), by path (within the project) and bytes."""
    digest = hashlib.sha256()
    for place in places:
        files = [place] if place.is_file() else sorted(path for path in place.rglob("*") if path.is_file())
        for path in files:
            if "__pycache__" in path.parts or (suffixes is not None and path.suffix not in suffixes):
                continue
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            digest.update(f"\0{name.as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def python_digest() -> str:
    return files_digest(PYTHON, (".py",))


LOADED_PYTHON = python_digest()  # at import: the code this process runs (see the module's docstring)


@lru_cache(maxsize=1)
def installed_versions() -> str:
    """Python's version, every installed distribution's and Node's: any of them may shape an output."""
    names = [f"Python {sys.version}", *sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in distributions())]
    node = shutil.which("node")
    if node:
        names.append("node " + subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip())
    return "\n".join(names)


class CodeDigest:
    """The code's digest for one build: Python as loaded, the rest as on disk now, the installed versions."""

    def __init__(self, read_each_build: Iterable[Path] = READ_EACH_BUILD) -> None:
        digest = hashlib.sha256(LOADED_PYTHON.encode())
        digest.update(files_digest(read_each_build).encode())
        digest.update(installed_versions().encode())
        self.value = digest.hexdigest()

    @staticmethod
    def unchanged_on_disk() -> bool:
        """Whether our Python files still say what this process loaded (False: an edit since it started)."""
        return python_digest() == LOADED_PYTHON
