"""One digest of everything besides its own inputs that can shape a build's output: the code.

Every entry in the store (store.py) is keyed on it, so a kept output is never one an earlier version of the
code made. The rule is by folder, so that it cannot forget a file: **every file under CODE_ROOTS** (our
Python, templates, stylesheets, browser modules, the Node scripts, the CSL locales and any other file a
module reads beside itself, wherever a module moves within them), plus CODE_FILES (what npm says should be
installed and what it did install) and the MkDocs configuration the build runs with. Content (data/, docs/)
is not code: each output's key names the content it is made from. Besides files:
- the versions of Python, of every installed Python distribution (pydantic, Jinja, WeasyPrint, citeproc-py,
  …) and of Node, which runs the scripts;
- the system packages whose files the build reads or loads (SYSTEM_PACKAGES: the libraries WeasyPrint uses,
  fontconfig's settings, the fonts, WordNet), by their Debian versions; never a file's modification time.

A change to any of these makes every output again (a cold build of the statement takes seconds). The test
audit (cache/audit.py) proves the rule on every test run: a build that reads a file neither here nor in a
key fails it.

When the digest is taken matters. A process runs the Python it imported, so the Python files are digested
when this module is first imported (`LOADED_PYTHON`), and a build refuses to start when they changed since
(`make serve` restarts its server instead, statement_tools/serve.py). Everything else is digested when a build
starts and again when it ends (`CodeDigest.changed`): templates are read and modules imported during the
build, so a build during which the code changed keeps nothing (statement_core/publish/site_build.py).
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
# Folders every file of which is code (except Python's byte-code caches, made from the files beside them).
CODE_FOLDERS = ("statement_core", "hooks", "overrides")
# Single files that are code: npm's promise, what npm installed (npm ≥ 7 writes it on every install), the
# project's Python metadata and pins.
CODE_SINGLE_FILES = ("package-lock.json", "node_modules/.package-lock.json", "pyproject.toml", "requirements.txt")
CODE_ROOTS = tuple(ROOT / name for name in CODE_FOLDERS)
CODE_FILES = tuple(ROOT / name for name in CODE_SINGLE_FILES)
CONFIG_FILE = ROOT / "mkdocs.yml"
# Debian packages the build uses outside the project, each for what (reviewed: cache/audit.py lists the
# folders of theirs that a build may read; the libraries WeasyPrint loads are not seen by the audit, which
# watches files opened, not libraries mapped).
SYSTEM_PACKAGES = {
    "fonts-noto-core": "the PDFs' fonts and the image cards' font",
    "fontconfig-config": "how fontconfig chooses the PDFs' fonts",
    "libfontconfig1": "fontconfig, which WeasyPrint asks for fonts",
    "libfreetype6": "FreeType, which reads the fonts",
    "libpango-1.0-0": "Pango, which lays out the PDFs' text",
    "libpangoft2-1.0-0": "Pango's FreeType back end",
    "libharfbuzz0b": "HarfBuzz, which shapes the PDFs' text",
    "libharfbuzz-subset0": "HarfBuzz's font subsetting (the fonts embedded in the PDFs)",
    "libglib2.0-0": "GLib and GObject, under Pango",
    "wordnet-base": "WordNet 3.0 and its lexnames page (the search's related words)",
    "media-types": "/etc/mime.types, which Python's mimetypes reads",
    "tzdata": "the time zones Python and Node read (every date a build writes is UTC)",
}
_SKIPPED = ("__pycache__",)


def code_files(config_file: Path = CONFIG_FILE, roots: Iterable[Path] = CODE_ROOTS,
               single: Iterable[Path] = CODE_FILES) -> list[Path]:
    """Every file that is code, in a fixed order."""
    files: list[Path] = []
    for root in roots:
        files += sorted(path for path in root.rglob("*")
                        if path.is_file() and not any(part in _SKIPPED for part in path.relative_to(root).parts))
    return files + [path for path in (*single, config_file) if path.is_file()]


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def file_digests(files: Iterable[Path]) -> dict[str, str]:
    """Each file's SHA-256, by its name within the project (or its absolute path)."""
    return {_name(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in files}


def files_digest(places: Iterable[Path]) -> str:
    """One digest of every file under `places` (or the file itself), by path and bytes."""
    files: list[Path] = []
    for place in places:
        files += [place] if place.is_file() else sorted(path for path in place.rglob("*") if path.is_file())
    return _combined(file_digests(files))


def _combined(digests: dict[str, str]) -> str:
    return hashlib.sha256("".join(f"{name}\0{digest}\n" for name, digest in digests.items()).encode()).hexdigest()


def _python(digests: dict[str, str]) -> dict[str, str]:
    return {name: digest for name, digest in digests.items() if name.endswith(".py")}


LOADED_PYTHON = _python(file_digests(code_files()))  # at import: the Python this process runs


@lru_cache(maxsize=1)
def installed_versions() -> str:
    """Python's version, every installed distribution's, Node's and the system packages': any may shape an output."""
    names = [f"Python {sys.version}", *sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in distributions())]
    node = shutil.which("node")
    names.append("node " + (subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
                            if node else "missing"))
    return "\n".join(names + system_packages())


def system_packages() -> list[str]:
    """SYSTEM_PACKAGES with their installed versions (dpkg); where there is no dpkg, the files of the libraries
    and folders they stand for cannot be named by version, and the build says so in the digest."""
    dpkg = shutil.which("dpkg-query")
    if dpkg is None:
        return ["system packages: no dpkg-query (not Debian): unversioned"]
    listed = subprocess.run([dpkg, "-W", "-f", "${Package} ${Version} ${db:Status-Abbrev}\n", *SYSTEM_PACKAGES],
                            capture_output=True, text=True).stdout
    found = {line.split()[0].split(":")[0]: line for line in listed.splitlines() if line.strip()}
    return [found.get(name, f"{name} not installed") for name in sorted(SYSTEM_PACKAGES)]


class CodeDigest:
    """The code's digest for one build: every code file as on disk when the build starts (its Python as this
    process loaded it), and the installed versions. `changed()` asks again at the build's end."""

    def __init__(self, config_file: Path = CONFIG_FILE, roots: Iterable[Path] = CODE_ROOTS,
                 single: Iterable[Path] = CODE_FILES) -> None:
        self._where = (config_file, tuple(roots), tuple(single))
        self.files = file_digests(code_files(*self._where))
        self.value = hashlib.sha256(f"{_combined(self.files)}\0{installed_versions()}".encode()).hexdigest()

    def changed(self) -> list[str]:
        """The code files that differ now from when the build started (added, removed or edited)."""
        now = file_digests(code_files(*self._where))
        return sorted(name for name in set(now) | set(self.files) if now.get(name) != self.files.get(name))

    def python_changed_since_loaded(self) -> list[str]:
        """Our Python files that differ, as this digest read them, from what this process loaded (an edit
        since it started: the process runs other code than the files say)."""
        now = _python(self.files) if self._where[1] == CODE_ROOTS else _python(file_digests(code_files()))
        return sorted(name for name in set(now) | set(LOADED_PYTHON) if now.get(name) != LOADED_PYTHON.get(name))
