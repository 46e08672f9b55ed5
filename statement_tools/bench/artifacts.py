"""The two heavy outputs besides the site: the offline zip (`make_bundle`) and the PDFs (`write_pdfs`)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from statement_core.runtime.build_info import build_info
from statement_core.model import Corpus

# Run inside the project copy so the bundle build uses (and fills) the copy's caches, not the tree's.
_BUNDLE_SCRIPT = ("import sys; from pathlib import Path; "
                  "from statement_tools.make_bundle import make_bundle; print(make_bundle(Path(sys.argv[1])))")


@dataclass(frozen=True)
class Bundle:
    name: str
    size: int
    seconds: float  # site build with PDFs + zip, in a fresh process


def build_bundle(project: Path, env: dict[str, str]) -> Bundle:
    with tempfile.TemporaryDirectory(prefix="bench-dist-") as dist:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", _BUNDLE_SCRIPT, dist], cwd=project, env=env,
                                capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            raise RuntimeError(f"make_bundle failed:\n{result.stdout}{result.stderr}")
        archive = Path(result.stdout.strip().splitlines()[-1])
        return Bundle(archive.name, archive.stat().st_size, seconds)


@dataclass(frozen=True)
class PdfRun:
    seconds: float
    files: int
    size: int


def time_pdfs(corpus: Corpus, site_url: str) -> PdfRun:
    """One `write_pdfs` of every edition into a temp dir, in this process."""
    from statement_core.pdf import write_pdfs

    info = build_info()
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as out:
        started = time.perf_counter()
        paths = write_pdfs(corpus, Path(out), info, site_url)
        seconds = time.perf_counter() - started
        return PdfRun(seconds, len(paths), sum(path.stat().st_size for path in paths))


@dataclass(frozen=True)
class CardRun:
    cards: int
    size: int  # all of them, bytes
    largest: int
    cold_seconds: float  # every card rendered (an empty cache)
    warm_seconds: float  # none rendered: the cache holds every card


def time_cards(corpus: Corpus) -> CardRun:
    """The image cards (issue 23) as a build makes them, in this process: from an empty store, then again."""
    from statement_core.cache import CodeDigest, Store
    from statement_core.site.card_png import CardRendering
    from statement_core.site.cards import site_cards

    cards = site_cards(corpus)
    with tempfile.TemporaryDirectory(prefix="bench-cards-") as temporary:
        seconds = []
        store = Store(Path(temporary) / "store", CodeDigest())
        for site in ("cold", "warm"):
            started = time.perf_counter()
            CardRendering(cards, store).finish(Path(temporary) / site)
            seconds.append(time.perf_counter() - started)
        sizes = [path.stat().st_size for path in (Path(temporary) / "warm").rglob("*.png")]
    return CardRun(len(cards), sum(sizes), max(sizes), *seconds)
