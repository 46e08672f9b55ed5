"""Pure core of the reader: load the clause data, validate it, expose a typed model, render exports.

Nothing here imports MkDocs, so the whole pipeline is testable in milliseconds and reusable by the
site hooks, the PDF builder and the open-data exports alike.
"""

from statement_core.errors import DataError, DataIssue
from statement_core.loader import load_corpus

__all__ = ["DataError", "DataIssue", "load_corpus"]
