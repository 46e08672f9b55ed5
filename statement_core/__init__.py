"""Pure core of the reader: from data/ to a checked, typed model, and from the model to pages, PDFs and exports.

Nothing here imports MkDocs, so the whole pipeline is testable in milliseconds and reusable by the site hooks,
the PDF builder and the open-data exports alike. Its rooms, bottom to top (handbook/architecture.md):
cache/, text/ and runtime/; the model and the rules every output shares (the modules here); data/;
citations/; exports/; search/, site/ and pdf/ side by side; publish/; the command line (cli.py).
"""
