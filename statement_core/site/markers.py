"""Marker pages: committed stubs under docs/ whose front matter names a generated page.

They give MkDocs and static-i18n a real file per page (native nav, language switcher and sitemap). A hook
fills them at build time; `write_markers` keeps them in sync with data/ and `stale_markers` is the check.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from statement_core.site_plan import PlannedPage, SitePlan

NOTICE = ("<!-- Generated page: its content comes from data/ at build time (hooks/marker_pages.py).\n"
          "     Do not edit; `make markers` rewrites this file from the data. -->\n")


def marker_text(page: PlannedPage) -> str:
    front_matter = yaml.dump(page.front_matter(), Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)
    return f"---\n{front_matter}---\n{NOTICE}"


def stale_markers(plan: SitePlan, docs_dir: Path) -> list[str]:
    """Marker files that are missing, outdated, or left over from a page the data no longer has."""
    problems = []
    expected = {page.src_path: marker_text(page) for page in plan.pages}
    for src_path, text in expected.items():
        path = docs_dir / src_path
        if not path.exists():
            problems.append(f"{path}: missing marker page")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{path}: marker differs from data/")
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if relative not in expected and path.read_text(encoding="utf-8").startswith("---\ngenerated:"):
            problems.append(f"{path}: marker for a page that data/ no longer has")
    return problems


def write_markers(plan: SitePlan, docs_dir: Path) -> list[Path]:
    """Write only what changed, so `mkdocs serve` does not rebuild in a loop."""
    written = []
    for page in plan.pages:
        path = docs_dir / page.src_path
        text = marker_text(page)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
