"""Which data a build reads (not a hook itself: mkdocs.yml does not list it): data/ of this project, or the
copy a test names in STATEMENT_DATA_DIR, with markup allowed in it only when STATEMENT_ALLOW_MARKUP=1.

Every hook asks here, so they all load the same corpus, once (statement_core.corpus_cache).
"""

from __future__ import annotations

import os
from pathlib import Path

from statement_core.corpus_cache import corpus_of
from statement_core.model import Corpus

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """data/ of this project; tests point STATEMENT_DATA_DIR at an edited copy."""
    return Path(os.environ.get("STATEMENT_DATA_DIR", ROOT / "data"))


def markup_allowed() -> bool:
    return os.environ.get("STATEMENT_ALLOW_MARKUP") == "1"


def build_corpus() -> Corpus:
    """The corpus of the data being built (raises DataError when it is invalid)."""
    return corpus_of(data_dir(), allow_markup=markup_allowed())
