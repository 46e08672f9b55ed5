"""The inputs of one build, besides the code: read once, typed, and handed to everything that builds.

MkDocs builds fill them from mkdocs.yml (hooks/build_context.py, where the environment variables that
tests and `make` set arrive through `!ENV`); the benchmark and scripts can make them directly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from statement_core.build_info import BuildInfo
from statement_core.corrections import CorrectionChannels


@dataclass(frozen=True)
class BuildInputs:
    data_dir: Path  # data/, or an edited copy of it (tests, the benchmark's collections)
    site_url: str  # the public address that citations, permalinks and the sitemap point to
    stamp: BuildInfo  # the commit and its date, stamped on every page, PDF and export
    with_pdfs: bool = True  # `make serve` and most test builds skip the PDFs (seconds each)
    web_site: bool = True  # False: the offline bundle (file:// links; no worker, manifests or robots.txt)
    allow_markup: bool = False  # accept HTML in the data (only the hardening test's hostile fixture)
    previewing: bool = False  # `mkdocs serve`: rebuilt on every edit, in a process that must not fork
    keep_pages: bool = True  # keep rendered pages (theme's, core's) between builds (False: the test that compares)
    # language: (site name, description), as each language's pages name the site (manifests, link previews)
    site_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    # where readers send corrections of the translation (issue 31); None: the pages offer no suggestion
    corrections: CorrectionChannels | None = None

    def kind_digest(self) -> str:
        """What tells builds apart that a cache keeps separate (one kind's entries never evict another's)."""
        kind = "|".join((str(self.data_dir.resolve()), self.site_url, str(self.web_site), str(self.with_pdfs)))
        return hashlib.sha256(kind.encode()).hexdigest()[:12]
