"""Strict MkDocs build into a fresh directory, swapped into place only when it succeeds.

A failed build (bad data, a broken link, any warning) leaves the previous site/ exactly as it was.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_site(destination: Path, config_file: Path = ROOT / "mkdocs.yml", env: dict[str, str] | None = None) -> None:
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}-", dir=destination.parent))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(config_file),
               "--site-dir", str(staging)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
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


class BuildFailed(RuntimeError):
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    try:
        build_site(args.site_dir)
    except BuildFailed as error:
        print(error, file=sys.stderr)
        print(f"Build failed; {args.site_dir} was left as it was.", file=sys.stderr)
        return 1
    print(f"Built {args.site_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
