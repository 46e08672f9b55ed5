"""`make engine-check`: the site built by MkDocs and by ProperDocs must be the same bytes.

ProperDocs continues MkDocs 1.x (handbook/deployment.md): it reads mkdocs.yml and runs the same theme,
plugins and hooks. This builds the site once with each engine, from this checkout, with one build stamp
(SOURCE_DATE_EPOCH and SOURCE_COMMIT, from HEAD unless set) and each engine in its own empty store, so
neither build reuses what the other made; then it compares the two trees file by file and fails, naming the
first differences, unless they hold the same files with the same bytes. PDFs are left out unless
STATEMENT_PDF=1: the core makes them, not the engine, and they cost most of a build.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import sys
import tempfile
import time
from pathlib import Path

from statement_core.runtime.build_info import build_info
from statement_tools.build_site import BuildFailed, build_site

ENGINES = ("mkdocs", "properdocs")
SHOWN = 12  # differences listed before "and N more"


def build_with(engine: str, site: Path, store: Path, stamp: dict[str, str]) -> float:
    """Build the site with `engine` (a module run as `python -m ENGINE build`) into `site`, as `make site`
    builds (statement_tools/build_site.py); seconds taken."""
    environment = {"STATEMENT_PDF": os.environ.get("STATEMENT_PDF", "0"), "STATEMENT_CACHE_DIR": str(store), **stamp}
    started = time.monotonic()
    try:
        build_site(site, env=environment, engine=engine)
    except BuildFailed as failure:
        raise SystemExit(f"engine-check: the {engine} build failed:\n{failure}") from None
    return time.monotonic() - started


def files_below(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def differences(first: Path, second: Path) -> list[str]:
    """Every file only one tree has, and every file both have with different bytes, sorted."""
    ours, theirs = files_below(first), files_below(second)
    found = [f"only in the {first.name} build: {name}" for name in sorted(ours - theirs)]
    found += [f"only in the {second.name} build: {name}" for name in sorted(theirs - ours)]
    found += [f"different bytes: {name}" for name in sorted(ours & theirs)
              if not filecmp.cmp(first / name, second / name, shallow=False)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build into this folder and keep both sites for inspection")
    args = parser.parse_args()
    os.environ.pop("STATEMENT_VERIFY_CACHE", None)  # builds, not a proof of the store: that is `make test`'s
    info = build_info()
    stamp = {"SOURCE_DATE_EPOCH": str(int(info.date.timestamp())), "SOURCE_COMMIT": info.commit}
    with tempfile.TemporaryDirectory(prefix="engine-check-") as scratch:
        work = args.keep or Path(scratch)
        sites = {engine: work / engine for engine in ENGINES}
        for engine, site in sites.items():
            seconds = build_with(engine, site, work / f"{engine}-store", stamp)
            print(f"engine-check: {engine} built {len(files_below(site))} files in {seconds:.1f} s")
        found = differences(sites["mkdocs"], sites["properdocs"])
        compared = len(files_below(sites["mkdocs"]))
    if found:
        print(f"engine-check: MkDocs and ProperDocs built different sites ({len(found)} differences):",
              file=sys.stderr)
        for line in found[:SHOWN]:
            print(f"  {line}", file=sys.stderr)
        if len(found) > SHOWN:
            print(f"  and {len(found) - SHOWN} more", file=sys.stderr)
        return 1
    print(f"engine-check: byte-identical, {compared} files (build stamp {info.date_iso}, {info.short_commit})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
