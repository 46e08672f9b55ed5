"""File names and identifiers shared by the writers, the checksums and the download manifest."""

from __future__ import annotations

from statement_core.runtime.build_info import BuildInfo
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


def edition_name(corpus: Corpus) -> str:
    """`edition-4`: the part of a download's name that says what it holds. A reader cites the edition of the
    translation, so each edition has one stable address per file; the build's date and commit are inside the
    file (its colophon, metadata or comment) and in SHA256SUMS, never in its name."""
    return f"edition-{corpus.editions[-1].number}" if corpus.editions else "edition-1"


def checksums_header(corpus: Corpus, info: BuildInfo) -> str:
    """The comment lines SHA256SUMS opens with (`sha256sum --check` skips lines that start with #)."""
    number = corpus.editions[-1].number if corpus.editions else 1
    return (f"# {PROJECT_NAME}: edition {number} of the English translation\n"
            f"# built {info.date_iso} from commit {info.commit}\n")


def plain_text_name(stem: str, language: str) -> str:
    return f"{stem}.{language}.txt"


def akn_name(stem: str) -> str:
    return f"{stem}.akn.xml"
