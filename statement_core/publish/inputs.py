"""The inputs of one build, besides the code: read once, typed, and handed to everything that builds.

MkDocs builds fill them from mkdocs.yml (hooks/build_context.py, where the environment variables that
tests and `make` set arrive through `!ENV`); the benchmark and scripts can make them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from statement_core.runtime.build_info import BuildInfo
from statement_core.corrections import CorrectionChannels

ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = ROOT / "build" / "cache"  # what builds keep for the next (`make clean` empties build/)
PREVIEW_CACHE_DIR = ROOT / "build" / "preview-cache"  # the live preview's own: builds never read it


@dataclass(frozen=True)
class BuildInputs:
    data_dir: Path  # data/, or an edited copy of it (tests, the benchmark's collections)
    site_url: str  # the public address that citations, permalinks and the sitemap point to
    stamp: BuildInfo  # the commit and its date, stamped on every page, PDF and export
    with_pdfs: bool = True  # `make serve` and most test builds skip the PDFs (seconds each)
    web_site: bool = True  # False: the offline bundle (file:// links; no worker, manifests or robots.txt)
    allow_markup: bool = False  # accept HTML in the data (only the hardening test's hostile fixture)
    previewing: bool = False  # `mkdocs serve`: rebuilt on every edit, in a process that must not fork
    cache_dir: Path | None = None  # the store builds keep between them (None: CACHE_DIR, or the preview's own)
    verify_cache: bool = False  # make every output anyway; fail where a kept copy differs (the proof; in no key)
    config_file: Path | None = None  # the MkDocs configuration the build runs with (code: in the code digest)
    # language: (site name, description), as each language's pages name the site (manifests, link previews)
    site_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    # where readers send corrections of the translation (issue 31); None: the pages offer no suggestion
    corrections: CorrectionChannels | None = None

    @property
    def store_folder(self) -> Path:
        if self.cache_dir is not None:
            return self.cache_dir
        return PREVIEW_CACHE_DIR if self.previewing else CACHE_DIR
