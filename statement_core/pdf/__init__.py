"""Print editions of every document as PDF, built from the model (not from the website's HTML).

For each document: a bilingual VI | EN edition and one edition per reading language, named
`<document-id>-<vi-en|vi|en>-edition-<N>.pdf` (N: the translation's current edition).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from statement_core.runtime.build_info import BuildInfo
from statement_core.exports.names import edition_name
from statement_core.model import Corpus
from statement_core.pdf.editions import EDITIONS, SITE_AUTHOR, Edition

__all__ = ["EDITIONS", "SITE_AUTHOR", "Edition", "PdfBuildError", "write_pdfs"]


def __getattr__(name: str) -> Any:
    # WeasyPrint takes half a second to import: only a build that writes PDFs pays for it, not one that only
    # names the editions (the publishing step, for the PDFs' addresses).
    if name == "PdfBuildError":
        from statement_core.pdf.typeset import PdfBuildError

        return PdfBuildError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def write_pdfs(corpus: Corpus, out_dir: Path, info: BuildInfo, site_url: str) -> list[Path]:
    """Write every edition of every document into `out_dir`; return the paths in that order."""
    from statement_core.pdf.book import build_edition
    from statement_core.pdf.typeset import environment, render_html, write_pdf

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    env = environment()
    written: list[Path] = []
    for document in corpus.documents:
        for edition in EDITIONS:
            target = out_dir / edition.file_name(document.id, edition_name(corpus))
            write_pdf(render_html(build_edition(corpus, document, edition, info, site_url), env), target)
            written.append(target)
    return written
