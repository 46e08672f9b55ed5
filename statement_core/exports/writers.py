"""render_exports / write_exports: every open-data file of the corpus, from the per-format writers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports import names
from statement_core.exports.agreements_csv import render_agreements_csv
from statement_core.exports.agreements_ics import render_agreements_ics
from statement_core.exports.akn import render_akn
from statement_core.exports.citation_files import render_citation_files
from statement_core.exports.plain_text import render_plain_text
from statement_core.exports.statement_json import render_statement_json, render_statement_schema
from statement_core.exports.tmx import render_tmx
from statement_core.exports.xliff import render_xliff
from statement_core.model import READING_LANGUAGES, Corpus
from statement_core.runtime.parallel import PARALLEL_FROM, map_jobs


def render_exports(corpus: Corpus, info: BuildInfo, site_url: str = names.DEFAULT_SITE_URL) -> dict[str, bytes]:
    """File name -> content, in a fixed order; nothing touches the disk."""
    files = render_corpus_exports(corpus, info)
    for document_files in render_document_exports(corpus, info, site_url, range(len(corpus.documents))):
        files.update(document_files)
    return files


_CORPUS_RENDERERS: dict[str, Callable[[Corpus, BuildInfo], bytes]] = {
    names.STATEMENT_JSON: render_statement_json,
    names.STATEMENT_SCHEMA: lambda corpus, info: render_statement_schema(info),
    names.SEGMENTS_TMX: lambda corpus, info: render_tmx(corpus, info, by="segment"),
    names.CLAUSES_TMX: lambda corpus, info: render_tmx(corpus, info, by="clause"),
    names.STATEMENT_XLIFF: render_xliff,
    names.AGREEMENTS_CSV: lambda corpus, info: render_agreements_csv(corpus),
    names.AGREEMENTS_ICS: render_agreements_ics,
}


def render_corpus_exports(corpus: Corpus, info: BuildInfo) -> dict[str, bytes]:
    """The files that hold every document: the JSON and its schema, the translation memories, the agreements
    (for a large collection, each a second or less: shared between the cores)."""
    parallel_from = 2 if len(corpus.documents) >= PARALLEL_FROM else len(_CORPUS_RENDERERS) + 1
    return dict(zip(_CORPUS_RENDERERS, map_jobs(_corpus_export, (corpus, info), list(_CORPUS_RENDERERS),
                                                 parallel_from=parallel_from)))


def _corpus_export(shared: tuple[Corpus, BuildInfo], name: str) -> bytes:
    corpus, info = shared
    return _CORPUS_RENDERERS[name](corpus, info)


def render_document_exports(corpus: Corpus, info: BuildInfo, site_url: str,
                            positions: Sequence[int]) -> list[dict[str, bytes]]:
    """The own files of the documents at `positions` (in the corpus), one dict each, in parallel."""
    return list(map_jobs(_document_exports, (corpus, info, site_url), list(positions))) if positions else []


def _document_exports(shared: tuple[Corpus, BuildInfo, str], position: int) -> dict[str, bytes]:
    """One document's own files: Akoma Ntoso, plain text and citation files in each language."""
    corpus, info, site_url = shared
    document = corpus.documents[position]
    stem = names.document_stem(corpus, document)
    files = {names.akn_name(stem): render_akn(document, info)}
    for language in READING_LANGUAGES:
        files[names.plain_text_name(stem, language)] = render_plain_text(document, language, info)
        files.update(render_citation_files(corpus, document, language, site_url, info))
    return files


def write_exports(corpus: Corpus, out_dir: Path, info: BuildInfo,
                  site_url: str = names.DEFAULT_SITE_URL) -> list[Path]:
    """Write every export into `out_dir` (created if missing) and return the paths written.

    Other files already there (the PDFs) are left alone; call write_checksums afterwards so
    SHA256SUMS covers them too.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render_exports(corpus, info, site_url).items():
        path = out_dir / name
        path.write_bytes(content)
        written.append(path)
    return written
