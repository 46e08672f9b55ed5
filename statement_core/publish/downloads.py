"""Everything the site offers for download, each part kept in the store by what it is made from.

A document's own exports (Akoma Ntoso, plain text, citation files) are kept by its data, so an edit to one
document of a hundred makes its files again, not all of them; the corpus-wide exports and the PDFs (seconds
each) by the whole corpus, and the PDFs by their fonts too; those are made in the background from the build's
start. SHA256SUMS is written from the blobs' names,
which are their SHA-256: no file is read again to list it.
"""

from __future__ import annotations

import hashlib
import subprocess
import tempfile
import zipfile
from pathlib import Path

from statement_core.runtime.build_info import BuildInfo
from statement_core.cache import Store
from statement_core.exports.manifest import Download, describe, in_reading_order
from statement_core.exports.names import CHECKSUMS, checksums_header, edition_name
from statement_core.model import Corpus
from statement_core.runtime.parallel import Forked
from statement_core.publish.data_digests import DataDigests
from statement_core.publish.inputs import ROOT, BuildInputs

BUNDLE_NAME = "vn-by-joint-statement-offline-{edition}.zip"  # written by `make bundle` (statement_tools/make_bundle.py)


def bundle_stamp(info: BuildInfo) -> bytes:
    """The offline zip's archive comment: its name says the edition, the comment which build it is."""
    return f"built {info.date_iso} from commit {info.commit}".encode()


def _is_this_builds(bundle: Path, info: BuildInfo) -> bool:
    try:
        with zipfile.ZipFile(bundle) as archive:
            return archive.comment == bundle_stamp(info)
    except zipfile.BadZipFile:  # half-written or damaged: not a download
        return False
PDF_FONT_FAMILIES = ("Noto Serif",)  # overrides/pdf/edition.css: WeasyPrint embeds these fonts' files


class SiteDownloads:
    """The downloads of one build. What must be made over the whole corpus (its exports, a few seconds for a
    large collection after any edit; the PDFs) is made in forked processes from the build's start, while it
    starts its other work; `files()` waits for it."""

    def __init__(self, corpus: Corpus, inputs: BuildInputs, store: Store, digests: DataDigests) -> None:
        self._corpus, self._inputs, self._store, self._digests = corpus, inputs, store, digests
        self._stamp = [inputs.stamp.commit, inputs.stamp.date_iso, inputs.stamp.version, inputs.site_url]
        whole = [("corpus-exports", [digests.whole, self._stamp], _corpus_exports, (corpus, inputs.stamp))]
        if inputs.with_pdfs:
            whole.append(("pdfs", [digests.whole, self._stamp, _pdf_fonts()], _pdfs,
                                (corpus, inputs.stamp, inputs.site_url)))
        self._pending: list[tuple[str, str, dict[str, Path] | None, Forked[dict[str, bytes]] | None]] = []
        for kind, key_inputs, make, arguments in whole:
            key, kept = store.find(kind, key_inputs)
            self._pending.append((kind, key, kept, None if kept is not None else Forked(make, *arguments)))
        self._files: dict[str, Path] | None = None

    def files(self) -> dict[str, Path]:
        """File name -> kept file: exports, PDFs unless the build skips them, the offline zip when `make bundle`
        has made this commit's (never in the bundle itself), and SHA256SUMS over them all."""
        if self._files is None:
            files = _document_exports(self._corpus, self._inputs, self._store, self._digests, self._stamp)
            pending, self._pending = self._pending, []
            for kind, key, kept, making in pending:
                files.update(kept if kept is not None else self._store.put(kind, key, making.result()))  # type: ignore[union-attr]
            bundle = ROOT / "dist" / BUNDLE_NAME.format(edition=edition_name(self._corpus))
            # Only this commit's, never a stale one of the same edition (the zip's comment names its build).
            if bundle.exists() and self._inputs.web_site and _is_this_builds(bundle, self._inputs.stamp):
                files.update(self._store.files("offline-bundle", [bundle], lambda: {bundle.name: bundle.read_bytes()}))
            listing = checksums_header(self._corpus, self._inputs.stamp) + \
                "".join(f"{files[name].name}  {name}\n" for name in sorted(files))  # a blob's name: its SHA-256
            files.update(self._store.files("checksums", [listing], lambda: {CHECKSUMS: listing.encode()}))
            self._files = files
        return self._files

    def cancel(self) -> None:
        """The build failed: end what is still being made."""
        for _, _, _, making in self._pending:
            if making is not None:
                making.cancel()
        self._pending = []


def downloads_manifest(files: dict[str, Path]) -> tuple[Download, ...]:
    return tuple(in_reading_order([describe(name, path, sha256=path.name) for name, path in files.items()]))


def _document_exports(corpus: Corpus, inputs: BuildInputs, store: Store, digests: DataDigests,
                      stamp: list[str]) -> dict[str, Path]:
    from statement_core.exports.writers import render_document_exports

    found = [store.find("document-exports", [digests.shared, digests.documents[document.id], stamp])
             for document in corpus.documents]
    missing = [position for position, (_, kept) in enumerate(found) if kept is None]
    files: dict[str, Path] = {}
    made = iter(render_document_exports(corpus, inputs.stamp, inputs.site_url, missing))
    for (key, kept) in found:
        files.update(kept if kept is not None else store.put("document-exports", key, next(made)))
    return files


def _corpus_exports(corpus: Corpus, info: BuildInfo) -> dict[str, bytes]:
    from statement_core.exports.writers import render_corpus_exports  # lxml, icalendar: only when made

    return render_corpus_exports(corpus, info)


def _pdfs(corpus: Corpus, info: BuildInfo, site_url: str) -> dict[str, bytes]:
    from statement_core.pdf import write_pdfs  # WeasyPrint is slow to import; only when needed

    with tempfile.TemporaryDirectory() as folder:
        return {path.name: path.read_bytes() for path in write_pdfs(corpus, Path(folder), info, site_url)}


def _pdf_fonts() -> list[str]:
    """The font files fontconfig gives WeasyPrint for the PDFs' families, by path and content (the libraries
    that choose and read them are in the code digest by their packages' versions)."""
    found = []
    for family in PDF_FONT_FAMILIES:
        listed = subprocess.run(["fc-list", family, "file"], capture_output=True, text=True).stdout.split()
        for name in sorted(name.rstrip(":") for name in listed):
            found.append(f"{name} {hashlib.sha256(Path(name).read_bytes()).hexdigest()}")
    return found
