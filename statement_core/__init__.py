"""Pure core of the reader: load the clause data, validate it, expose a typed model, render exports.

Nothing here imports MkDocs, so the whole pipeline is testable in milliseconds and reusable by the
site hooks, the PDF builder and the open-data exports alike.
"""
