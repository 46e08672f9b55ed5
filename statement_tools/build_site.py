"""Strict MkDocs build into a fresh directory, swapped into place only when it succeeds.

A failed build (bad data, a broken link, any warning) leaves the previous site/ exactly as it was. Every
build is dated by its commit (SOURCE_DATE_EPOCH, unless the caller set one): MkDocs puts the build's date
into every page's template context, and a page rendered "now" would never be found in the store again.
`make site`, `make bundle`, `make serve` and the deploy workflow all build through here (serve: its own
`dated` environment), so they build as the tests and the benchmark do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dated(environment: dict[str, str]) -> dict[str, str]:
    """`environment` with SOURCE_DATE_EPOCH set to the commit's date when it has none (statement_core.runtime.build_info)."""
    from statement_core.runtime.build_info import build_info

    if environment.get("SOURCE_DATE_EPOCH"):
        return environment
    return {**environment, "SOURCE_DATE_EPOCH": str(int(build_info().date.timestamp()))}


def build_environment(environment: Mapping[str, str]) -> dict[str, str]:
    """`environment` for a build: dated (above), and with no bytecode cache. A build runs the code its digest
    read, and Python trusts a cached .pyc whose source has the same modification time and size: so a build
    neither reads nor writes one (PYTHONPYCACHEPREFIX, which `make test` sets for pytest's own imports, is
    dropped)."""
    kept = {name: value for name, value in environment.items() if name != "PYTHONPYCACHEPREFIX"}
    return dated({**kept, "PYTHONDONTWRITEBYTECODE": "1", "NO_MKDOCS_2_WARNING": "1"})


def build_site(destination: Path, config_file: Path = ROOT / "mkdocs.yml", env: dict[str, str] | None = None,
               wrapper: list[str] | None = None) -> str:
    """Build into `destination`; return what the build printed. `wrapper`: a command the build runs under
    (the test audit's, statement_core/cache/audit.py)."""
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}-", dir=destination.parent))
    command = [sys.executable, *(wrapper or []), "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(config_file),
               "--site-dir", str(staging)]
    environment = build_environment({**os.environ, **(env or {})})
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(result.stdout + result.stderr)
    previous = destination.with_name(f".{destination.name}-previous")
    shutil.rmtree(previous, ignore_errors=True)
    if destination.exists():
        destination.rename(previous)
    staging.rename(destination)
    shutil.rmtree(previous, ignore_errors=True)
    return result.stdout + result.stderr


class BuildFailed(RuntimeError):
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    try:
        printed = build_site(args.site_dir)
    except BuildFailed as error:
        print(error, file=sys.stderr)
        print(f"Build failed; {args.site_dir} was left as it was.", file=sys.stderr)
        return 1
    print(printed, end="")  # a verifying build's count of what it compared
    print(f"Built {args.site_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
