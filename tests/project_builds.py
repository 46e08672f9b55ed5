"""Builds of a copy of the project by its own code (its statement_core, hooks, overrides, node_modules), for
the proofs that edit code (tests/test_build_cache_code.py) and the second build of one commit
(tests/test_hardening.py): see `project_build` in tests/conftest.py."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from statement_core.cache.code import ROOT
from statement_core.runtime.build_info import build_info
from statement_tools.build_site import build_environment

TEST_DATE = "1747008000"  # 12 May 2025: the date test builds are stamped with (as a commit's date would be)


def files_of(site: Path) -> dict[str, str]:
    """Every file of a built site, by its path in the site, with the digest of its bytes."""
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


def install_node_modules(project: Path) -> None:
    """The copy's own node_modules: every installed package linked to the real one's, but sharp (copied, to
    be changed as a newer version would be) and npm's record of what it installed (copied)."""
    modules = project / "node_modules"
    if modules.is_symlink():
        modules.unlink()
    modules.mkdir()
    for entry in (ROOT / "node_modules").iterdir():
        if entry.name == "sharp":
            shutil.copytree(entry, modules / entry.name)
        elif entry.name == ".package-lock.json":
            shutil.copyfile(entry, modules / entry.name)
        else:
            (modules / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())


def start_build(project: Path, site: Path, store: Path, pdf: bool = False,
                verify: bool = False) -> subprocess.Popen[str]:
    """A strict build of a copy of the project by its own code, dated and stamped as the shared build (the
    copy is no git checkout: the commit is the real tree's, as build_info gives it); `verify`: verifying the
    store (STATEMENT_VERIFY_CACHE=1, statement_core/cache/store.py)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
               "-d", str(site)]
    return subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=build_environment({**os.environ, "PYTHONPATH": str(project),
                                                   "STATEMENT_PDF": "1" if pdf else "0", "SOURCE_DATE_EPOCH": TEST_DATE,
                                                   "SOURCE_COMMIT": build_info().commit, "STATEMENT_CACHE_DIR": str(store),
                                                   **({"STATEMENT_VERIFY_CACHE": "1"} if verify else {})}))


def finished(build: subprocess.Popen[str], site: Path) -> dict[str, str]:
    _, errors = build.communicate()
    assert build.returncode == 0, errors[-3000:]
    return files_of(site)


def build_in(project: Path, site: Path, store: Path, pdf: bool = False, verify: bool = False) -> dict[str, str]:
    return finished(start_build(project, site, store, pdf, verify), site)
