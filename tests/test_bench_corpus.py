"""The benchmark's synthetic corpus is real data the loader accepts, N times over."""

from __future__ import annotations

import pytest

from statement_tools.bench.corpus import copy_id, make_corpus
from statement_core.data.loader import load_corpus

from conftest import DATA, DOCUMENT_ID


def clauses(corpus) -> int:
    return sum(len(document.clauses) for document in corpus.documents)


def test_copies_are_documents_the_loader_accepts(tmp_path, corpus):
    synthetic = load_corpus(make_corpus(DATA, tmp_path / "data", 3))

    assert len(synthetic.documents) == 3 * len(corpus.documents)
    assert clauses(synthetic) == 3 * clauses(corpus)
    assert {document.id for document in synthetic.documents} == {
        DOCUMENT_ID, copy_id(DOCUMENT_ID, 2), copy_id(DOCUMENT_ID, 3)}
    copy = synthetic.document(copy_id(DOCUMENT_ID, 3))
    assert copy.short_title.en.endswith("(copy 3)")
    assert [c.id for c in copy.clauses] == [c.id for c in corpus.document(DOCUMENT_ID).clauses]


def test_one_copy_is_the_real_data(tmp_path, corpus):
    synthetic = load_corpus(make_corpus(DATA, tmp_path / "data", 1))

    assert [d.id for d in synthetic.documents] == [d.id for d in corpus.documents]
    assert clauses(synthetic) == clauses(corpus)


def test_zero_copies_is_refused(tmp_path):
    with pytest.raises(ValueError):
        make_corpus(DATA, tmp_path / "data", 0)


def test_the_bench_entry_point_imports_and_shows_its_options():
    """`make bench` takes minutes, so nothing else would notice a broken import until someone runs it."""
    import subprocess
    import sys

    from conftest import ROOT

    result = subprocess.run([sys.executable, str(ROOT / "statement_tools" / "bench" / "run.py"), "--help"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "--quick" in result.stdout


def test_the_caching_code_the_report_counts_exists():
    """The report counts the caching code by path (statement_tools/bench/report.py): a file moved or merged
    away must not end `make bench` with a missing file."""
    from statement_core.cache.code import ROOT
    from statement_tools.bench.report import CACHING_CODE

    assert [name for name in CACHING_CODE if not (ROOT / name).exists()] == []
