"""Shared fixtures: the real data, editable copies of it for bad-input tests, and one real site build."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from statement_core import load_corpus  # noqa: E402
from statement_core.model import Corpus  # noqa: E402

DATA = ROOT / "data"
SOURCES = ROOT / "sources"
DOCUMENT_ID = "vn-by-2025-strategic-partnership"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(DATA)


@pytest.fixture(scope="session")
def document(corpus):
    return corpus.document(DOCUMENT_ID)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ named `data`, so messages read data/<file>:<line>."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """One strict build of the real site per test run."""
    from build_site import build_site

    site = tmp_path_factory.mktemp("build") / "site"
    build_site(site, env={"SOURCE_DATE_EPOCH": "1747008000"})
    return site
