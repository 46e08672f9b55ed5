"""The corpus loaded once per version of the data.

`mkdocs serve` makes a new build on every edit, and loading 100 documents takes over a second, so the result
is kept for as long as no file under the data folder, nor the official text beside it, has changed. Between
builds, each data file's parsed and checked result is kept on disk (statement_core/parsed_files.py)."""

from __future__ import annotations

from pathlib import Path

from statement_core.loader import load_corpus
from statement_core.model import Corpus
from statement_core.parsed_files import ParsedFiles

PARSED = Path(__file__).resolve().parents[1] / "build" / "parsed-data"

_cache: dict[tuple, Corpus] = {}


def _signature(data_dir: Path, allow_markup: bool) -> tuple:
    files = [*sorted(data_dir.rglob("*.yaml")), *sorted((data_dir.parent / "sources").glob("*.txt"))]
    return (str(data_dir.resolve()), allow_markup,
            *((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in files))


def corpus_of(data_dir: Path, *, allow_markup: bool = False) -> Corpus:
    """load_corpus(data_dir), or the very same Corpus when nothing it reads has changed since."""
    key = _signature(Path(data_dir), allow_markup)
    if key not in _cache:
        _cache.clear()  # one version of the data at a time
        parsed = ParsedFiles(PARSED, allow_markup)
        _cache[key] = load_corpus(data_dir, allow_markup=allow_markup, parsed=parsed)
        parsed.prune()
    return _cache[key]
