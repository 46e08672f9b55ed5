"""Everything the site offers for download, generated once per content version and reused.

The exports take milliseconds but the PDFs take seconds, and static-i18n builds the site once per
language (and `mkdocs serve` on every edit), so the folder is cached under a fingerprint of everything
that goes into it: the data, the core's code and templates, the build stamp and the site URL.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
from collections.abc import Iterable
from pathlib import Path

from statement_core.build_info import BuildInfo
from statement_core.exports.manifest import Download, manifest
from statement_core.model import Corpus
from statement_core.publish.inputs import BuildInputs

ROOT = Path(__file__).resolve().parents[2]
INPUTS = (ROOT / "statement_core", ROOT / "overrides" / "pdf")
CACHE = ROOT / "build" / "downloads"
BUNDLE_NAME = "vn-by-joint-statement-offline-{version}.zip"  # written by `make bundle` (scripts/make_bundle.py)


def site_downloads(corpus: Corpus, inputs: BuildInputs) -> tuple[tuple[Download, ...], Path]:
    """The downloads of a site build and the folder holding them: exports, PDFs unless the build skips them,
    and the offline zip when `make bundle` has made this commit's (never in the bundle itself)."""
    # One cache folder per kind of build, so test builds from other data never evict the real one.
    kind = hashlib.sha256(f"{inputs.data_dir.resolve()}|{not inputs.web_site}|{inputs.with_pdfs}".encode())
    folder = CACHE / kind.hexdigest()[:12]
    bundle = ROOT / "dist" / BUNDLE_NAME.format(version=inputs.stamp.version)
    extras = [bundle] if bundle.exists() and inputs.web_site else []  # only this commit's, never a stale one
    downloads = prepare_downloads(corpus, inputs.data_dir, folder, inputs.stamp, inputs.site_url,
                                  with_pdfs=inputs.with_pdfs, extras=extras)
    return downloads, folder


def _fingerprint(data_dir: Path, info: BuildInfo, site_url: str, with_pdfs: bool, extras: list[Path]) -> str:
    digest = hashlib.sha256(f"{info.commit}|{info.date_iso}|{site_url}|{with_pdfs}".encode())
    for folder in (data_dir, *INPUTS):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    for path in extras:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def prepare_downloads(corpus: Corpus, data_dir: Path, folder: Path, info: BuildInfo, site_url: str, *,
                      with_pdfs: bool = True, extras: Iterable[Path] = ()) -> tuple[Download, ...]:
    """Fill `folder` with the exports, the PDFs and `extras` (the offline zip), plus SHA256SUMS."""
    extras = sorted(Path(p) for p in extras)
    fingerprint = _fingerprint(data_dir, info, site_url, with_pdfs, extras)
    stamp = folder.with_name(folder.name + ".fingerprint")
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Builds may run side by side (parallel test workers, `make site` beside `make test`): one fills the
    # folder while the others wait, then find it made from the same inputs.
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder.is_dir() and stamp.exists() and stamp.read_text() == fingerprint):
            _fill(folder, corpus, info, site_url, with_pdfs, extras)
            stamp.write_text(fingerprint)
        return tuple(manifest(folder))


def _fill(folder: Path, corpus: Corpus, info: BuildInfo, site_url: str, with_pdfs: bool, extras: list[Path]) -> None:
    from statement_core.exports import write_checksums, write_exports  # lxml, icalendar: only on a rebuild

    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    write_exports(corpus, staging, info, site_url)
    if with_pdfs:
        from statement_core.pdf import write_pdfs  # WeasyPrint is slow to import; only when needed

        write_pdfs(corpus, staging, info, site_url)
    for extra in extras:
        shutil.copyfile(extra, staging / extra.name)
    write_checksums(staging)
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)

