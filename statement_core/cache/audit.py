"""The proof that a build reads nothing its keys leave out: every file it opens, checked against the key.

`python -m statement_core.cache.audit LOG -m mkdocs build …` runs a build (statement_tools/build_site.py's `wrapper`)
with an audit hook (`sys.addaudithook`, event "open") that appends every file the process opens to LOG, as
it happens; forked processes inherit the hook and the log's descriptor. The Node scripts the build runs
report what they read to the same log (statement_core/runtime/read_log.mjs, loaded by statement_core/runtime/node_scripts.py when
STATEMENT_READ_LOG is set). `unkeyed_reads(LOG, …)` then names every file read that is none of:
- code: a file under the code digest's folders or one of its files (code.py), or installed with Python or
  npm (in the digest by version: Python's, every distribution's, node_modules/.package-lock.json);
- a keyed input: a file of the data folder (each keyed by its bytes) or, for MkDocs, of the docs folder
  (each page's kept rendering is keyed by what MkDocs made of it); the official texts the loader checks
  the data against (sources/), which fail the build when they disagree and make no output;
- the build's own: what it wrote (its site, its store, temporary files and folders it made) and read back;
- a system input on SYSTEM_INPUTS, each with what in the code digest stands for it.

What it cannot see: files opened by libraries outside Python and Node (fontconfig opening a font for
WeasyPrint or sharp, shared libraries loaded): those are in the digest by their Debian packages' versions
(code.py SYSTEM_PACKAGES), and programs the build runs (esbuild, git, fc-list), whose inputs are the
overrides/ sources, npm's packages and the commit.
"""

from __future__ import annotations

import os
import runpy
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

from statement_core.cache.code import CODE_FOLDERS, CODE_SINGLE_FILES, ROOT, code_files

LOG_VARIABLE = "STATEMENT_READ_LOG"  # where the Node scripts append what they read
NODE_MODULES = ROOT / "node_modules"  # in the digest by what npm installed (node_modules/.package-lock.json)

# Reviewed: what a build may read outside the project, and what in the code digest stands for each.
SYSTEM_INPUTS: dict[str, str] = {
    "/usr/share/wordnet/": "Debian wordnet-base's version (code.py SYSTEM_PACKAGES)",
    "/usr/share/man/man5/lexnames.5WN.gz": "Debian wordnet-base's version",
    "/usr/share/fonts/truetype/noto/": "Debian fonts-noto-core's version; the PDFs' and cards' fonts by content too",
    "/etc/fonts/": "Debian fontconfig-config's version",
    "/etc/mime.types": "Debian media-types' version",
    "/dev/null": "nothing: empty",
    "/dev/urandom": "nothing: random bytes, for hashing and temporary names only",
    "/proc/self/": "nothing that shapes an output: the process's own state (memory, cores)",
    "/sys/devices/system/cpu/": "nothing that shapes an output: the machine's cores, for parallel work",
    "/sys/fs/cgroup/": "nothing that shapes an output: the cores allowed, for parallel work",
    "/etc/localtime": "nothing that shapes an output: every date a build writes is UTC",
    "/usr/share/zoneinfo/": "Debian tzdata's version (every date a build writes is UTC)",
    "/usr/bin/node": "Node's version (code.py)",
}


def _installed() -> list[str]:
    """Python's installation and the packages installed for it, the project's own install record among them
    (*.egg-info, from pyproject.toml): in the digest by version."""
    paths = sysconfig.get_paths()
    return sorted({os.path.realpath(paths[name]) for name in ("stdlib", "platstdlib", "purelib", "platlib")}
                  | {os.path.realpath(sys.prefix)} | {os.path.realpath(path) for path in ROOT.glob("*.egg-info")}
                  | {os.path.realpath(entry) for entry in sys.path if entry.endswith(".zip")})


# The hook ------------------------------------------------------------------------------------------------

def install(log: str) -> None:
    """Record every file this process (and any process it forks) opens, in `log`: one line each, `r` or `w`
    and the real path; `t` and a folder for temporary ones made."""
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    writing_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def record(kind: str, path: object) -> None:
        try:
            name = os.path.realpath(os.fsdecode(path))  # type: ignore[arg-type]
            os.write(descriptor, f"{kind}\t{name}\n".encode("utf-8", "surrogateescape"))
        except Exception:  # never break the build being watched; an unreadable name is not a file it read
            pass

    def hook(event: str, arguments: tuple[object, ...]) -> None:
        if event == "open":
            path, mode, flags = arguments
            if path is None or isinstance(path, int):
                return  # a descriptor opened already
            writes = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & writing_flags)  # type: ignore[operator]
            record("w" if writes else "r", path)
        elif event in ("tempfile.mkdtemp", "tempfile.mkstemp"):
            record("t", arguments[0])

    sys.addaudithook(hook)
    os.environ[LOG_VARIABLE] = log  # the Node scripts' record (statement_core/runtime/read_log.mjs)


def main(arguments: list[str]) -> None:
    """`python -m statement_core.cache.audit LOG -m MODULE ARGS…`: run MODULE as `python -m` would, audited."""
    if len(arguments) < 3 or arguments[1] != "-m":
        raise SystemExit("usage: python -m statement_core.cache.audit LOG -m MODULE [ARGUMENTS…]")
    log, _, module, *rest = arguments
    install(os.path.realpath(log))
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


# The check -----------------------------------------------------------------------------------------------

def read_log(log: Path) -> tuple[list[str], set[str], list[str]]:
    """(files read, in order and once each; files written; temporary places made)."""
    read: dict[str, None] = {}
    written: set[str] = set()
    temporary: list[str] = []
    for line in log.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
        kind, _, path = line.partition("\t")
        if kind == "r":
            read.setdefault(path, None)
        elif kind == "w":
            written.add(path)
        elif kind == "t":
            temporary.append(path)
    return list(read), written, temporary


def _under(path: str, places: Iterable[str]) -> bool:
    return any(path == place.rstrip("/") or path.startswith(place.rstrip("/") + "/") for place in places)


def unkeyed_reads(log: Path, *, data_dir: Path, docs_dir: Path, site_dir: Path, store_dir: Path,
                  config_file: Path, sources_dir: Path = ROOT / "sources", project: Path = ROOT) -> list[str]:
    """The files the audited build of `project` read that nothing in its keys stands for, in the order first
    read."""
    read, written, temporary = read_log(log)
    roots = [project / name for name in CODE_FOLDERS]
    single = [project / name for name in CODE_SINGLE_FILES]
    code = {os.path.realpath(path) for path in (*code_files(config_file, roots, single), *single)}
    folders = [os.path.realpath(place) for place in (*roots, project / "node_modules", NODE_MODULES, data_dir,
                                                    docs_dir, sources_dir, site_dir, store_dir)]
    allowed = [*folders, *_installed(), *temporary, *SYSTEM_INPUTS]
    # A name that is no file when checked was an open that failed (nothing read: Python's import system
    # probing, `__editable__` path hooks) or a folder opened to be removed; a folder is listed, not read.
    return [path for path in read if path not in code and path not in written and not _under(path, allowed)
            and os.path.isfile(path)]


if __name__ == "__main__":
    main(sys.argv[1:])
