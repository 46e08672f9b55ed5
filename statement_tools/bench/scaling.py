"""Sites over synthetic corpora (1×, 10×, 100× the documents) inside the benchmark's project copy.

Each size gets its own data folder (statement_tools.bench.corpus), its own docs folder (the hand-written pages plus
marker pages written by the core for that data) and a config that INHERITs the copy's mkdocs.yml and
changes only docs_dir, so hooks, theme and plugins are the real ones. The build reads the data through
STATEMENT_DATA_DIR, as the hook documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from statement_tools.bench.corpus import make_corpus
from statement_tools.bench.workspace import copy_hand_written_docs
from statement_core.model import Corpus
from statement_core.site.markers import write_markers
from statement_core.site_plan import plan_site

NAV_LINK = re.compile(r'class="md-nav__link')


@dataclass(frozen=True)
class ScaleSite:
    copies: int
    data_dir: Path
    config_file: Path


def make_scale_site(project: Path, work: Path, copies: int) -> ScaleSite:
    """Data, docs and config for the site of `copies` documents, written under `work`."""
    data_dir = make_corpus(project / "data", work / f"data-x{copies}", copies)
    return ScaleSite(copies, data_dir, project / f"mkdocs-x{copies}.yml")


def write_scale_docs(site: ScaleSite, project: Path, corpus: Corpus) -> None:
    """Docs folder next to the config (hand-written pages + this corpus's markers) and the config."""
    docs = project / f"docs-x{site.copies}"
    copy_hand_written_docs(project / "docs", docs)
    write_markers(plan_site(corpus), docs)
    site.config_file.write_text(f"INHERIT: mkdocs.yml\ndocs_dir: {docs.name}\n", encoding="utf-8")


def nav_links(html: str) -> int:
    """Navigation links on a built page: grows with the documents when the nav is not sectioned/pruned."""
    return len(NAV_LINK.findall(html))
