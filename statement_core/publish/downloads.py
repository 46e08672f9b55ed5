"""Everything the site offers for download, generated once per content version and reused.

The exports take milliseconds but the PDFs take seconds, and static-i18n builds the site once per
language (and `mkdocs serve` on every edit), so the folder is cached under a fingerprint of everything
that goes into it: the data, the core's code and templates, the build stamp and the site URL.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from statement_core.build_info import BuildInfo
from statement_core.exports.manifest import Download, manifest
from statement_core.kept_files import drop_least_recent, files_digest
from statement_core.model import Corpus
from statement_core.publish.inputs import BuildInputs

ROOT = Path(__file__).resolve().parents[2]
INPUTS = (ROOT / "statement_core", ROOT / "overrides" / "pdf")
CACHE = ROOT / "build" / "downloads"
# Each document's own exports (Akoma Ntoso, plain text, citation files), kept by a key of what they are made
# from: a data edit in one document of a hundred makes that document's files again, not all of them.
DOCUMENT_EXPORTS = ROOT / "build" / "document-exports"
KEPT_DOCUMENT_EXPORTS = 1000  # entries (a document's files each): a few kinds of build of a 100× collection
ENTRY_LIST = ".files"  # an entry's file names: a reader racing another build's clean-up sees all or fails
BUNDLE_NAME = "vn-by-joint-statement-offline-{version}.zip"  # written by `make bundle` (scripts/make_bundle.py)


def site_downloads(corpus: Corpus, inputs: BuildInputs) -> tuple[tuple[Download, ...], Path]:
    """The downloads of a site build and the folder holding them: exports, PDFs unless the build skips them,
    and the offline zip when `make bundle` has made this commit's (never in the bundle itself)."""
    # One cache folder per kind of build, so test builds from other data never evict the real one.
    folder = CACHE / inputs.kind_digest()
    bundle = ROOT / "dist" / BUNDLE_NAME.format(version=inputs.stamp.version)
    extras = [bundle] if bundle.exists() and inputs.web_site else []  # only this commit's, never a stale one
    downloads = prepare_downloads(corpus, inputs.data_dir, folder, inputs.stamp, inputs.site_url,
                                  with_pdfs=inputs.with_pdfs, extras=extras)
    return downloads, folder


def _fingerprint(data_dir: Path, code: str, info: BuildInfo, site_url: str, with_pdfs: bool,
                 extras: list[Path]) -> str:
    digest = hashlib.sha256(f"{info.commit}|{info.date_iso}|{site_url}|{with_pdfs}|{code}".encode())
    digest.update(files_digest((data_dir,)).encode())
    for path in extras:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def prepare_downloads(corpus: Corpus, data_dir: Path, folder: Path, info: BuildInfo, site_url: str, *,
                      with_pdfs: bool = True, extras: Iterable[Path] = ()) -> tuple[Download, ...]:
    """Fill `folder` with the exports, the PDFs and `extras` (the offline zip), plus SHA256SUMS."""
    extras = sorted(Path(p) for p in extras)
    code = files_digest(INPUTS)
    fingerprint = _fingerprint(data_dir, code, info, site_url, with_pdfs, extras)
    stamp = folder.with_name(folder.name + ".fingerprint")
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Builds may run side by side (parallel test workers, `make site` beside `make test`): one fills the
    # folder while the others wait, then find it made from the same inputs.
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder.is_dir() and stamp.exists() and stamp.read_text() == fingerprint):
            _fill(folder, corpus, code, info, site_url, with_pdfs, extras)
            stamp.write_text(fingerprint)
        return tuple(manifest(folder))


def _fill(folder: Path, corpus: Corpus, code: str, info: BuildInfo, site_url: str, with_pdfs: bool,
          extras: list[Path]) -> None:
    from statement_core.exports import write_checksums  # lxml, icalendar: only on a rebuild

    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, content in _exports(corpus, code, info, site_url).items():
        (staging / name).write_bytes(content)
    if with_pdfs:
        from statement_core.pdf import write_pdfs  # WeasyPrint is slow to import; only when needed

        write_pdfs(corpus, staging, info, site_url)
    for extra in extras:
        shutil.copyfile(extra, staging / extra.name)
    write_checksums(staging)
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)


def _exports(corpus: Corpus, code: str, info: BuildInfo, site_url: str) -> dict[str, bytes]:
    """Every export, the documents' own files taken from DOCUMENT_EXPORTS where their inputs are unchanged."""
    from statement_core.exports.writers import render_corpus_exports, render_document_exports

    # A document's files read the document, the shared registries, the build stamp and the site URL, and the
    # collection's shape (one document or several: file names and page addresses); and the code.
    shared = hashlib.sha256(f"{info.commit}|{info.date_iso}|{site_url}|{code}|".encode())
    shared.update(corpus.model_dump_json(exclude={"documents"}).encode())
    shared.update("|".join(document.id for document in corpus.documents).encode())
    keys = []
    for document in corpus.documents:
        digest = shared.copy()
        digest.update(document.model_dump_json().encode())
        keys.append(digest.hexdigest())
    DOCUMENT_EXPORTS.mkdir(parents=True, exist_ok=True)
    kept: dict[int, dict[str, bytes]] = {}
    for position, key in enumerate(keys):
        files = _kept(DOCUMENT_EXPORTS / key)
        if files is not None:
            kept[position] = files
    missing = [position for position in range(len(keys)) if position not in kept]
    for position, files in zip(missing, render_document_exports(corpus, info, site_url, missing)):
        kept[position] = files
        _keep(DOCUMENT_EXPORTS / keys[position], files)
    drop_least_recent(DOCUMENT_EXPORTS, KEPT_DOCUMENT_EXPORTS)
    exports = render_corpus_exports(corpus, info)
    for position in range(len(keys)):
        exports.update(kept[position])
    return exports


def _kept(entry: Path) -> dict[str, bytes] | None:
    """An entry's files, or None when there is none (or another build pruned it while it was read)."""
    try:
        names = (entry / ENTRY_LIST).read_text(encoding="utf-8").splitlines()
        files = {name: (entry / name).read_bytes() for name in names}  # all of them, or OSError
        os.utime(entry)  # recently used: kept longest
    except OSError:
        return None
    return files


def _keep(entry: Path, files: dict[str, bytes]) -> None:
    """Write an entry whole under a temporary name, then rename it: a reader sees all of it or none."""
    staging = entry.with_name(f".{entry.name}.{os.getpid()}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for name, content in files.items():
        (staging / name).write_bytes(content)
    (staging / ENTRY_LIST).write_text("\n".join(files), encoding="utf-8")
    try:
        staging.rename(entry)
    except OSError:  # another build kept the same entry first: the same files
        shutil.rmtree(staging, ignore_errors=True)
