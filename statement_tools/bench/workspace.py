"""A private copy of the project for benchmark builds, and timed cold-process builds inside it.

Why a copy: the hook caches downloads under <project>/build/downloads by fingerprint. Benchmark builds run
with STATEMENT_PDF=0 and with synthetic data, so in the real tree they would overwrite the cache that
other builds (and other people's `make site`) are using at the same moment. A copy of the code, docs and
data gives the same build, with its own cache, and leaves the working tree untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What a site build reads (sources/: the official text the data is checked against); statement_tools/ for
# make_bundle; never site/, build/ or dist/. node_modules/ is linked (copy_project).
PROJECT_PARTS = ("mkdocs.yml", "docs", "hooks", "statement_core", "overrides", "data", "sources", "statement_tools",
                 "package.json", "package-lock.json")
GNU_TIME = Path("/usr/bin/time")
MARKER_START = "---\ngenerated:"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def build_env(**extra: str) -> dict[str, str]:
    """One environment for every build on both sides of a comparison.

    As `make` exports it (no bytecode written, no MkDocs 2 notice), dated as `make site` dates every build
    (statement_tools/build_site.py `build_environment`: the commit's date), and with the commit named, so that the copy (not a
    git checkout) stamps the same version as the real tree and never runs git. No setting of its own: a
    build here finds in its store what the same build by `make site` would.
    """
    from statement_tools.build_site import build_environment

    env = {key: value for key, value in os.environ.items()
           if key not in ("OFFLINE", "STATEMENT_DATA_DIR", "STATEMENT_PDF", "SITE_URL")}
    env.update(SOURCE_COMMIT=os.environ.get("SOURCE_COMMIT") or _git("rev-parse", "HEAD"), STATEMENT_PDF="0")
    env.update(extra)
    return build_environment(env)


def copy_project(target: Path) -> Path:
    """Copy what a build needs into `target` (created); return it."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=ignore)
        elif source.is_file():
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / part)
    # The pinned npm tools the build uses (esbuild bundles the pages' scripts and the service worker):
    # linked, not copied.
    (target / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    return target


def is_marker(path: Path) -> bool:
    return path.suffix == ".md" and path.read_text(encoding="utf-8").startswith(MARKER_START)


def copy_hand_written_docs(docs: Path, target: Path) -> None:
    """Everything under docs/ except the marker pages (about pages, assets, …)."""
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        if not is_marker(path):
            destination = target / path.relative_to(docs)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)


@dataclass(frozen=True)
class BuildRun:
    seconds: float
    peak_rss_bytes: int


class BuildError(RuntimeError):
    pass


def timed_build(config_file: Path, env: dict[str, str], keep_site: Path | None = None) -> BuildRun:
    """`python -m mkdocs build -q` in a fresh process (cold: nothing cached in memory), into a temp dir
    (or into `keep_site`, left in place for inspection).

    Peak memory is the build process's maximum RSS, from GNU time, or else from a tiny launcher process
    whose only child is the build (getrusage(RUSAGE_CHILDREN) is then that build's peak).
    """
    with tempfile.TemporaryDirectory(prefix="bench-site-") as site, \
            tempfile.NamedTemporaryFile(prefix="bench-rss-", mode="r") as rss_file:
        build = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_file), "-d", str(keep_site or site)]
        if GNU_TIME.exists():
            command = [str(GNU_TIME), "-f", "%M", "-o", rss_file.name, *build]
        else:
            launcher = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
                        "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
                        "sys.exit(code)")
            command = [sys.executable, "-c", launcher, rss_file.name, *build]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=config_file.parent, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            raise BuildError(f"{config_file} failed:\n{result.stdout}{result.stderr}")
        peak_kib = int(rss_file.read().split()[-1])  # both report KiB on Linux
    return BuildRun(seconds, peak_kib * 1024)
