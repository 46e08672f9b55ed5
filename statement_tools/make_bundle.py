"""`make bundle`: the offline HTML bundle, dist/<name>-offline-edition-<N>.zip (N: the translation's edition).

Builds the site with OFFLINE=true (file:// links, per-language search indexes as scripts), refuses any resource URL pointing at another host, and zips it deterministically: sorted entries,
the build date as every timestamp, fixed permissions, so the same commit gives the same bytes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from statement_tools.build_site import ROOT, BuildFailed, build_site
from statement_tools.site_checks import external_resources
from statement_core.runtime.build_info import build_info
from statement_core.exports.names import edition_name
from statement_core.data.loader import load_corpus
from statement_core.publish.downloads import bundle_stamp

BUNDLE_NAME = "vn-by-joint-statement"


def zip_directory(source: Path, archive: Path, top: str, timestamp: tuple[int, ...], comment: bytes = b"") -> None:
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        bundle.comment = comment  # the build's date and commit: the name says only the edition
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(f"{top}/{path.relative_to(source).as_posix()}", date_time=timestamp)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(entry, path.read_bytes())
    partial.replace(archive)


def make_bundle(dist: Path, env: dict[str, str] | None = None) -> Path:
    """The bundle of this commit in `dist`; `env` is added to the build's environment (a test's own store)."""
    info = build_info()
    top = f"{BUNDLE_NAME}-offline-{edition_name(load_corpus(ROOT / 'data'))}"
    with tempfile.TemporaryDirectory(prefix="bundle-") as temporary:
        site = Path(temporary) / top
        build_site(site, env={**(env or {}), "OFFLINE": "true"})  # dated by the commit, as every build
        # URLs of the public site, and the 404 pages that a web host serves for a missing address (from
        # file:// none is served, and their site-root links lead nowhere): useless offline.
        for stale in ("sitemap.xml", "sitemap.xml.gz", "404.html", "en/404.html"):
            (site / stale).unlink(missing_ok=True)
        external = external_resources(site)
        if external:
            raise BuildFailed("the bundle would load resources from other hosts:\n" + "\n".join(external))
        archive = dist / f"{top}.zip"
        zip_directory(site, archive, top, info.date.timetuple()[:6], bundle_stamp(info))
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    try:
        archive = make_bundle(args.dist)
    except BuildFailed as error:
        print(error, file=sys.stderr)
        return 1
    for old in args.dist.glob(f"{BUNDLE_NAME}-offline-*.zip"):
        if old != archive:
            old.unlink()
    print(f"{archive} ({archive.stat().st_size / 1024:.0f} KiB): unzip it and open index.html")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
