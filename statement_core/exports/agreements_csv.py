"""agreements.csv: the agreements registry as one RFC 4180 table (UTF-8, header row, CRLF line ends)."""

from __future__ import annotations

import csv
import io

from statement_core.model import Agreement, ClauseRef, Corpus

COLUMNS = ("id", "date", "date_precision", "end_date", "kind", "status", "domain", "title_vi", "title_en",
           "cited_in", "note_en", "note_vi")
CITATION_SEPARATOR = ";"


def citation(ref: ClauseRef) -> str:
    """`document-id:clause-number`, the form the cited_in column lists."""
    return f"{ref.document_id}:{ref.number}"


def _row(agreement: Agreement) -> dict[str, str]:
    return {
        "id": agreement.id,
        "date": agreement.date.iso() if agreement.date else "",
        "date_precision": agreement.date.precision if agreement.date else "",
        "end_date": agreement.end_date.iso() if agreement.end_date else "",
        "kind": agreement.kind,
        "status": agreement.status,
        "domain": agreement.domain,
        "title_vi": agreement.title.vi,
        "title_en": agreement.title.en,
        "cited_in": CITATION_SEPARATOR.join(citation(ref) for ref in agreement.cited_in),
        "note_en": agreement.note.en if agreement.note else "",
        "note_vi": agreement.note.vi if agreement.note else "",
    }


def render_agreements_csv(corpus: Corpus) -> bytes:
    """Registry order, the order the data file and the JSON export use; pending entries have no date."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(_row(agreement) for agreement in corpus.agreements)
    return buffer.getvalue().encode("utf-8")
