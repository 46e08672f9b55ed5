"""File names and identifiers shared by the writers, the checksums and the download manifest."""

from __future__ import annotations

from statement_core.model import Corpus, Document

# Stable project identifier: the TMX creation tool, the iCalendar UID domain and PRODID, the AKN actor.
PROJECT_ID = "vn-by-joint-statement"
PROJECT_NAME = "Viet Nam – Belarus Joint Statement reader"

# Where the site is published (mkdocs.yml's site_url default; SITE_URL overrides both): citations point there.
DEFAULT_SITE_URL = "https://vn-by-statement.github.io/joint-statement/"

STATEMENT_JSON = "statement.json"
STATEMENT_SCHEMA = "statement.schema.json"
SEGMENTS_TMX = "statement.vi-en.segments.tmx"
CLAUSES_TMX = "statement.vi-en.clauses.tmx"
STATEMENT_XLIFF = "statement.vi-en.xlf"
AGREEMENTS_CSV = "agreements.csv"
AGREEMENTS_ICS = "agreements.ics"
CHECKSUMS = "SHA256SUMS"


def document_stem(corpus: Corpus, document: Document) -> str:
    """`statement` while the corpus holds one document; with several, each file is named by its id,
    so two documents never overwrite each other's text or Akoma Ntoso file."""
    return "statement" if len(corpus.documents) == 1 else document.id


def plain_text_name(stem: str, language: str) -> str:
    return f"{stem}.{language}.txt"


def akn_name(stem: str) -> str:
    return f"{stem}.akn.xml"
