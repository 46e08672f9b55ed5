"""Edition view → HTML (Jinja2 templates in overrides/pdf/) → PDF (WeasyPrint), strictly and offline."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from statement_core.pdf.book import EditionView
from statement_core.runtime.templates import template_environment

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "overrides" / "pdf"

# Options for Document.write_pdf, and why:
# - pdf_identifier=True: WeasyPrint then writes the file /ID as the MD5 of the PDF's own objects, not a
#   random or time-based value, so it is stable per commit. Readers and validators expect an /ID.
# - Nothing else varies between runs: dates come from <meta name="dcterms.created|modified"> (the commit
#   date, via build_info) and the font subset tags are hashes of the subset. tests/test_pdf.py compares
#   the bytes of two builds to keep it so.
PDF_OPTIONS: dict[str, object] = {"pdf_identifier": True}


class PdfBuildError(RuntimeError):
    """WeasyPrint complained (a CSS property it ignores, a file it could not load): the PDF would be wrong."""


def environment(template_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    return template_environment(template_dir)


def render_html(view: EditionView, env: jinja2.Environment | None = None) -> str:
    return (env or environment()).get_template("edition.html").render(book=view)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _strict_weasyprint() -> Iterator[_Collect]:
    """WeasyPrint logs what it ignores instead of failing; collect it so the build can fail instead."""
    logger = logging.getLogger("weasyprint")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def write_pdf(html: str, target: Path, template_dir: Path = TEMPLATES_DIR) -> None:
    # Only local files (the stylesheet) may be fetched, and a missing one is an error: no network, and
    # never an unstyled PDF.
    fetcher = URLFetcher(allowed_protocols={"file"}, fail_on_errors=True)
    with _strict_weasyprint() as collected:
        try:
            document = HTML(string=html, base_url=template_dir.as_uri() + "/", url_fetcher=fetcher).render()
        except FatalURLFetchingError as error:  # a BaseException: turn it into an ordinary build error
            raise PdfBuildError(f"{target.name}: {error}") from None
        if collected.messages:
            raise PdfBuildError(f"{target.name}: " + "; ".join(collected.messages))
        document.write_pdf(target, **PDF_OPTIONS)
